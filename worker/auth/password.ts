import { base64url } from '../../common/ids';

/** Workers' WebCrypto refuses more than 100 000 PBKDF2 iterations in production (wrangler dev doesn't). */
export const PBKDF2_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** Parsed form of a stored hash: `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64url parts). */
export interface StoredHash {
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

function fromBase64url(s: string): Uint8Array {
  const bin = atob(s.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

export function parseHash(stored: string): StoredHash | null {
  const [algo, iter, salt, hash] = stored.split('$');
  const iterations = Number(iter);
  if (algo !== 'pbkdf2-sha256' || !Number.isInteger(iterations) || !salt || !hash) return null;
  return { iterations, salt: fromBase64url(salt), hash: fromBase64url(hash) };
}

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, PBKDF2_ITERATIONS);
  return `pbkdf2-sha256$${PBKDF2_ITERATIONS}$${base64url(salt)}$${base64url(hash)}`;
}

/** Derives the key with the parameters stored with the hash and compares it in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed.iterations);
  // timingSafeEqual throws on a length mismatch; a stored hash of another length can't match anyway.
  return candidate.length === parsed.hash.length && crypto.subtle.timingSafeEqual(candidate, parsed.hash);
}
