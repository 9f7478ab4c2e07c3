/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA-1 as authenticator apps
 * use), on Web Crypto so it runs in workerd with no dependency. Secrets travel as RFC 4648 base32.
 */

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes one step either side are accepted: phone clocks drift and typing takes time. */
export const TOTP_WINDOW_STEPS = 1;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

/** Decodes base32, ignoring case, spaces and padding; null when a character is not base32. */
export function base32Decode(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const i = BASE32.indexOf(ch);
    if (i < 0) return null;
    value = ((value << 5) | i) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return new Uint8Array(out);
}

/** The HOTP value of `counter` (RFC 4226 section 5.3, dynamic truncation). */
export async function hotp(secret: Uint8Array, counter: number, digits = TOTP_DIGITS): Promise<string> {
  const message = new DataView(new ArrayBuffer(8));
  message.setUint32(0, Math.floor(counter / 2 ** 32));
  message.setUint32(4, counter >>> 0);
  // A copy on its own ArrayBuffer, as Web Crypto takes no view of a shared buffer.
  const key = await crypto.subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message.buffer));
  const offset = mac[mac.length - 1]! & 0x0f;
  const code = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(code % 10 ** digits).padStart(digits, '0');
}

/** The TOTP value at `nowMs`. */
export function totp(secret: Uint8Array, nowMs: number, digits = TOTP_DIGITS): Promise<string> {
  return hotp(secret, Math.floor(nowMs / 1000 / TOTP_STEP_SECONDS), digits);
}

/**
 * The time step a code matches within the window, or null. The caller stores the step it last
 * accepted and passes it as `afterStep`, so a code is never accepted twice (RFC 6238 section 5.2).
 */
export async function matchTotp(secret: Uint8Array, code: string, nowMs: number, afterStep = -1): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const current = Math.floor(nowMs / 1000 / TOTP_STEP_SECONDS);
  for (let step = current - TOTP_WINDOW_STEPS; step <= current + TOTP_WINDOW_STEPS; step++) {
    if (step > afterStep && (await hotp(secret, step)) === code) return step;
  }
  return null;
}

/** A new secret: 160 random bits (RFC 4226 section 4), base32 without padding (32 characters). */
export function newTotpSecret(): string {
  return base32Encode(crypto.getRandomValues(new Uint8Array(20)));
}

/**
 * The `otpauth://` URI authenticator apps read from a QR code (the Key Uri Format of Google
 * Authenticator, which the other apps follow): issuer and account name label the entry.
 */
export function otpauthUri(secret: string, issuer: string, account: string): string {
  const params = new URLSearchParams({
    secret: secret.replace(/=+$/, ''),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?${params}`;
}
