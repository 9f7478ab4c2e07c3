import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { twoFactor } from '../../../db/schema';
import { apiFetch, db, type TestUser } from '../../../test/helpers';
import { expectJson } from '../../companies/test/api';
import { base32Decode, TOTP_STEP_SECONDS, totp } from '../totp';

/**
 * The app's code now. A step boundary passing before the server checks it still leaves it inside
 * the ±1 window, so tests never depend on the clock.
 */
export const codeNow = (secret: string) => totp(base32Decode(secret)!, Date.now());

/** A six-digit value that is none of the codes within two steps of now: surely wrong. */
export async function wrongCode(secret: string): Promise<string> {
  const near = await Promise.all([-2, -1, 0, 1, 2].map((k) => totp(base32Decode(secret)!, Date.now() + k * TOTP_STEP_SECONDS * 1000)));
  for (let n = 0; ; n++) {
    const guess = String(n).padStart(6, '0');
    if (!near.includes(guess)) return guess;
  }
}

/** As if the next time step had come: the account's last used step is forgotten, so the current code works again. */
export async function nextStep(userId: string): Promise<void> {
  await db().update(twoFactor).set({ lastStep: null }).where(eq(twoFactor.userId, userId));
}

/** Turns two-factor on for `user` through the API; returns the secret the app would hold and the recovery codes. */
export async function enableTwoFactor(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { secret } = await expectJson<{ secret: string }>(
    await apiFetch('/api/me/two-factor/setup', { body: { password: user.password }, user }),
    200,
  );
  const { recoveryCodes } = await expectJson<{ recoveryCodes: string[] }>(
    await apiFetch('/api/me/two-factor/confirm', { body: { code: await codeNow(secret) }, user }),
    200,
  );
  expect(recoveryCodes).toHaveLength(10);
  // The confirming code used this step; the test's next code comes as if from the next one.
  await nextStep(user.id);
  return { secret, recoveryCodes };
}

/** The ticket of a correct password for an account with two-factor on (no session yet). */
export async function passwordStep(user: TestUser, headers: Record<string, string> = {}): Promise<string> {
  const res = await apiFetch('/api/auth/login', { body: { email: user.email, password: user.password }, headers });
  expect(res.headers.get('set-cookie')).toBeNull();
  const body = await expectJson<{ twoFactor: { ticket: string } }>(res, 200);
  return body.twoFactor.ticket;
}

export const codeStep = (ticket: string, code: string, headers: Record<string, string> = {}) =>
  apiFetch('/api/auth/login/two-factor', { body: { ticket, code }, headers });
