import { sha256Hex } from '../../common/ids';
import { RECOVERY_CODE_COUNT } from '../../common/schemas/two-factor';

/** 32 letters and digits without the look-alikes 0/o and 1/l, so a code copied by hand survives. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
/** Ten characters of 5 bits: 50 random bits per code, shown as `xxxxx-xxxxx`. */
const CODE_CHARS = 10;

/** Fresh random recovery codes, formatted for the person to keep. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const bytes = crypto.getRandomValues(new Uint8Array(CODE_CHARS));
    const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The code as stored (lower case, no dashes or spaces), or null when it can't be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const clean = input.toLowerCase().replace(/[\s-]/g, '');
  if (clean.length !== CODE_CHARS || [...clean].some((ch) => !ALPHABET.includes(ch))) return null;
  return clean;
}

/**
 * What the database keeps of a code. A plain SHA-256 is enough: 50 random bits can't be guessed
 * from it offline in any useful time, unlike a person's password.
 */
export function hashRecoveryCode(normalized: string): Promise<string> {
  return sha256Hex(`recovery:${normalized}`);
}
