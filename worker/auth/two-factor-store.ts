import { and, count, eq, isNull } from 'drizzle-orm';
import type { TwoFactorStatus } from '../../common/schemas/two-factor';
import type { Db } from '../../db/client';
import { recoveryCodes, twoFactor, twoFactorTickets } from '../../db/schema';
import { ApiError } from '../lib/errors';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from './recovery-codes';
import { newTotpSecret } from './totp';

/** The account's two-factor row, pending or on; undefined when it never started one. */
export function readTwoFactor(db: Db, userId: string) {
  return db.select().from(twoFactor).where(eq(twoFactor.userId, userId)).get();
}

/** Whether logging in to the account asks for a code. */
export async function twoFactorEnabled(db: Db, userId: string): Promise<boolean> {
  return (await readTwoFactor(db, userId))?.enabledAt != null;
}

export async function twoFactorStatus(db: Db, userId: string): Promise<TwoFactorStatus> {
  const [row, left] = await db.batch([
    db.select({ enabledAt: twoFactor.enabledAt }).from(twoFactor).where(eq(twoFactor.userId, userId)),
    db
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt))),
  ]);
  const enabledAt = row[0]?.enabledAt ?? null;
  return { enabled: enabledAt !== null, enabledAt: enabledAt?.toISOString() ?? null, recoveryCodesLeft: enabledAt ? (left[0]?.n ?? 0) : 0 };
}

export const alreadyEnabled = () =>
  new ApiError(409, 'two_factor_enabled', 'Two-factor authentication is already on. Turn it off first to set it up again.');

/**
 * Starts (or restarts) enrolment with a new secret, pending until a code confirms it; returns the
 * secret. Refused while two-factor is on, so a session can't swap the secret under the owner.
 */
export async function startEnrolment(db: Db, userId: string, now = Date.now()): Promise<string> {
  const secret = newTotpSecret();
  const row = await db
    .insert(twoFactor)
    .values({ userId, secret, createdAt: new Date(now) })
    .onConflictDoUpdate({
      target: twoFactor.userId,
      set: { secret, lastStep: null, createdAt: new Date(now) },
      where: isNull(twoFactor.enabledAt),
    })
    .returning({ userId: twoFactor.userId })
    .get();
  if (!row) throw alreadyEnabled();
  return secret;
}

/**
 * Turns two-factor on after a code from the pending secret matched at `step`; returns the new
 * recovery codes (only their hashes are kept), or null when no enrolment was pending (a second
 * confirm of the same enrolment gets nothing).
 */
export async function activate(db: Db, userId: string, step: number, now = Date.now()): Promise<string[] | null> {
  const turnedOn = await db
    .update(twoFactor)
    .set({ enabledAt: new Date(now), lastStep: step })
    .where(and(eq(twoFactor.userId, userId), isNull(twoFactor.enabledAt)))
    .returning({ userId: twoFactor.userId });
  if (turnedOn.length === 0) return null;
  return regenerateRecoveryCodes(db, userId);
}

/** Replaces every recovery code of an account with two-factor on; returns the new ones. */
export async function regenerateRecoveryCodes(db: Db, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((code) => hashRecoveryCode(normalizeRecoveryCode(code)!)));
  await db.batch([
    db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)),
    db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash }))),
  ]);
  return codes;
}

/** Turns two-factor off: the secret, the recovery codes and any pending login step go. */
export async function disableTwoFactor(db: Db, userId: string): Promise<void> {
  await db.batch([
    db.delete(twoFactor).where(eq(twoFactor.userId, userId)),
    db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)),
    db.delete(twoFactorTickets).where(eq(twoFactorTickets.userId, userId)),
  ]);
}
