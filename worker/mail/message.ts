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

/** Refuses anything that isn't a single plain address, so no caller can add headers or recipients. */
export function assertAddress(address: string): string {
  if (!ADDRESS.test(address)) throw new Error(`not a plain email address: ${JSON.stringify(address)}`);
  return address;
}

/**
 * The binding's message for `mail`, sent from `from` as `senderName`. Addresses are checked and
 * the subject kept to one line here, whatever the runtime would make of them.
 */
export function outgoingMail(mail: Mail, from: string, senderName: string): OutgoingMail {
  return {
    from: { name: senderName, email: assertAddress(from) },
    to: assertAddress(mail.to),
    ...(mail.replyTo ? { replyTo: assertAddress(mail.replyTo) } : {}),
    subject: mail.subject.replace(/[\r\n]+/g, ' '),
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
  };
}
