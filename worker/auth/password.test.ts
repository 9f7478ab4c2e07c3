import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { base64url } from '../../common/ids';
import { users } from '../../db/schema';
import { db } from '../../test/helpers';
import { hashPassword, PBKDF2_ITERATIONS, parseHash, verifyPassword } from './password';
import { newEmail, PASSWORD, register } from './test/accounts';

/** Workers' production WebCrypto refuses more; wrangler dev and this test pool do not, hence the check. */
const WORKERS_PBKDF2_MAX = 100_000;

async function pbkdf2(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
}

describe('password hashing', () => {
  it('stores PBKDF2-SHA256 at exactly 100 000 iterations, read back from the stored string', async () => {
    const email = newEmail('pbkdf2');
    await register({ email, password: PASSWORD, name: 'Hash' });
    const { passwordHash } = (await db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.email, email)).get())!;
    const parsed = parseHash(passwordHash);
    expect(parsed).not.toBeNull();
    expect(parsed!.iterations).toBe(100_000);
    expect(parsed!.iterations).toBeLessThanOrEqual(WORKERS_PBKDF2_MAX);
    expect(PBKDF2_ITERATIONS).toBeLessThanOrEqual(WORKERS_PBKDF2_MAX);
    expect(parsed!.salt).toHaveLength(16);
    expect(parsed!.hash).toHaveLength(32);
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).not.toBe(b);
    expect(parseHash(a)!.salt).not.toEqual(parseHash(b)!.salt);
  });

  it('verifies with the parameters stored with the hash, not the current defaults', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const stored = `pbkdf2-sha256$1000$${base64url(salt)}$${base64url(await pbkdf2('older password', salt, 1000))}`;
    expect(await verifyPassword('older password', stored)).toBe(true);
    expect(await verifyPassword('other password', stored)).toBe(false);
  });

  it('rejects wrong passwords and unreadable hashes', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, stored)).toBe(false);
    // A stored hash of another length (truncated) is a mismatch, not an error.
    expect(await verifyPassword(PASSWORD, stored.slice(0, -4))).toBe(false);
    expect(await verifyPassword(PASSWORD, 'md5$abc')).toBe(false);
    expect(parseHash('pbkdf2-sha256$lots$c2FsdA$aGFzaA')).toBeNull();
  });
});
