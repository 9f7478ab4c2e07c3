/** Everything a plain-text (+ optional HTML) message needs; ids and dates are passed in to keep this pure. */
export interface MimeMessage {
  from: string;
  fromName?: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  messageId: string;
  date: Date;
  boundary: string;
}

const CRLF = '\r\n';
/** A bare address: no display name, angle brackets, whitespace or line breaks (header injection). */
const ADDRESS = /^[^\s<>()",;:\\@]+@[^\s<>()",;:\\@]+$/;
/** Display names made only of RFC 5322 atext and spaces go out unquoted. */
const ATOM_PHRASE = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Text that goes out as-is must not contain `=?`: a mail client would decode `=?charset?B?…?=`
 * in it as an RFC 2047 encoded-word, so a visitor could make a header show anything (a forged
 * sender name, a hidden subject). Such text is encoded itself, and reads back literally.
 */
const passesLiterally = (s: string) => PRINTABLE_ASCII.test(s) && !s.includes('=?');

/** Refuses anything that isn't a single plain address, so no caller can add headers or recipients. */
export function assertAddress(address: string): string {
  if (!ADDRESS.test(address)) throw new Error(`not a plain email address: ${JSON.stringify(address)}`);
  return address;
}

function utf8Base64(s: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(s)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** RFC 2047 encoded-words, each ≤ 75 chars, never splitting a character across words. */
export function encodeWords(s: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (new TextEncoder().encode(chunk + ch).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${utf8Base64(w)}?=`).join(`${CRLF} `);
}

/** An unstructured header value (Subject): line breaks become spaces; non-ASCII and `=?` are encoded. */
export function encodeHeaderText(s: string): string {
  const flat = s.replace(/[\r\n]+/g, ' ');
  return passesLiterally(flat) ? flat : encodeWords(flat);
}

/** A mailbox header value with an optional display name, quoted or encoded as needed. */
export function formatMailbox(address: string, name?: string): string {
  assertAddress(address);
  if (!name) return address;
  const flat = name.replace(/[\r\n]+/g, ' ');
  let phrase: string;
  if (!passesLiterally(flat)) phrase = encodeWords(flat);
  else if (ATOM_PHRASE.test(flat)) phrase = flat;
  else phrase = `"${flat.replace(/["\\]/g, '\\$&')}"`;
  return `${phrase} <${address}>`;
}

/** Base64 body lines of at most 76 characters (RFC 2045). */
function base64Body(s: string): string {
  return utf8Base64(s).replace(/.{76}/g, `$&${CRLF}`);
}

function part(type: string, body: string): string {
  return [`Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', base64Body(body)].join(CRLF);
}

/** RFC 5322 date with a numeric zone (toUTCString's "GMT" is the obsolete form). */
function formatDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/**
 * Builds the raw RFC 5322 message: a text/plain part, or multipart/alternative with the HTML
 * part last (the preferred one). Bodies are base64 so any UTF-8 text survives 7-bit transport.
 */
export function buildMime(m: MimeMessage): string {
  if (!/^[A-Za-z0-9'()+_,\-./:=?]{1,70}$/.test(m.boundary)) throw new Error('invalid MIME boundary');
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(m.messageId)) throw new Error('invalid Message-ID');
  const headers = [
    `From: ${formatMailbox(m.from, m.fromName)}`,
    `To: ${formatMailbox(m.to)}`,
    ...(m.replyTo ? [`Reply-To: ${formatMailbox(m.replyTo)}`] : []),
    `Subject: ${encodeHeaderText(m.subject)}`,
    `Date: ${formatDate(m.date)}`,
    `Message-ID: <${m.messageId}>`,
    'MIME-Version: 1.0',
  ];
  if (m.html === undefined) return [...headers, part('text/plain', m.text)].join(CRLF) + CRLF;
  return (
    [
      ...headers,
      `Content-Type: multipart/alternative; boundary="${m.boundary}"`,
      '',
      `--${m.boundary}`,
      part('text/plain', m.text),
      `--${m.boundary}`,
      part('text/html', m.html),
      `--${m.boundary}--`,
    ].join(CRLF) + CRLF
  );
}
