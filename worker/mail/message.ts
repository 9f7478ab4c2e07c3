/** One outgoing mail; `to` and `replyTo` are single plain addresses. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
}

/** What the `send_email` binding builds the message from; encoding it as MIME is the runtime's job. */
export interface OutgoingMail {
  from: { name: string; email: string };
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
}

/** A bare address: no display name, angle brackets, whitespace or line breaks (header injection). */
const ADDRESS = /^[^\s<>()",;:\\@]+@[^\s<>()",;:\\@]+$/;

/**
 * Header text must not carry `=?`: a mail client decodes `=?charset?B?…?=` as an RFC 2047
 * encoded-word, so a visitor's text could make a Subject or sender name show anything. A
 * zero-width space between `=` and `?` leaves it reading the same but never decoded; the
 * builder encodes the result like any other non-ASCII text.
 */
export function headerText(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replaceAll('=?', '=\u200b?');
}

/** Refuses anything that isn't a single plain address, so no caller can add headers or recipients. */
export function assertAddress(address: string): string {
  if (!ADDRESS.test(address)) throw new Error(`not a plain email address: ${JSON.stringify(address)}`);
  return address;
}

/**
 * The binding's message for `mail`, sent from `from` as `senderName`. Addresses are checked and
 * header text kept to one line and free of encoded-words here, whatever the runtime would make of them.
 */
export function outgoingMail(mail: Mail, from: string, senderName: string): OutgoingMail {
  return {
    from: { name: headerText(senderName), email: assertAddress(from) },
    to: assertAddress(mail.to),
    ...(mail.replyTo ? { replyTo: assertAddress(mail.replyTo) } : {}),
    subject: headerText(mail.subject),
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
  };
}
