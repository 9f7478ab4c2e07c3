import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { recoveryCodes, twoFactor } from '../../db/schema';
import { hashRecoveryCode, normalizeRecoveryCode } from './recovery-codes';
import { base32Decode, matchTotp } from './totp';
import { readTwoFactor } from './two-factor-store';

/** A six-digit code from the app (spaces dropped), as opposed to a recovery code. */
const asTotpCode = (input: string): string | null => {
  const digits = input.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
};

/**
 * Whether `code` is the account's current one-time code (one step either side). An accepted code
 * records its step in the same conditional UPDATE that checks it is newer than the last one, so
 * neither a replay nor two concurrent uses of one code get in twice.
 */
export async function acceptTotp(
  db: Db,
  row: { userId: string; secret: string; lastStep: number | null },
  code: string,
  now = Date.now(),
): Promise<boolean> {
  const step = await matchTotp(base32Decode(row.secret)!, code, now, row.lastStep ?? -1);
  if (step === null) return false;
  const won = await db
    .update(twoFactor)
    .set({ lastStep: step })
    .where(and(eq(twoFactor.userId, row.userId), or(isNull(twoFactor.lastStep), lt(twoFactor.lastStep, step))))
    .returning({ userId: twoFactor.userId });
  return won.length > 0;
}

/** Spends one of the account's unused recovery codes; false when it isn't one. */
export async function spendRecoveryCode(db: Db, userId: string, input: string, now = Date.now()): Promise<boolean> {
  const normalized = normalizeRecoveryCode(input);
  if (!normalized) return false;
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date(now) })
    .where(
      and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, await hashRecoveryCode(normalized)), isNull(recoveryCodes.usedAt)),
    )
    .returning({ userId: recoveryCodes.userId });
  return spent.length > 0;
}

/**
 * Checks a second factor as typed — a code from the app, or a recovery code (spent if right) —
 * for an account with two-factor on. Null when it is off or the code is wrong.
 */
export async function acceptSecondFactor(db: Db, userId: string, input: string, now = Date.now()): Promise<'totp' | 'recovery' | null> {
  const row = await readTwoFactor(db, userId);
  if (!row?.enabledAt) return null;
  const totpCode = asTotpCode(input);
  if (totpCode) return (await acceptTotp(db, row, totpCode, now)) ? 'totp' : null;
  return (await spendRecoveryCode(db, userId, input, now)) ? 'recovery' : null;
}

/** The account's current one-time code only (no recovery code), for changes that need the app itself. */
export async function acceptCurrentTotp(db: Db, userId: string, code: string, now = Date.now()): Promise<boolean> {
  const row = await readTwoFactor(db, userId);
  return Boolean(row?.enabledAt) && (await acceptTotp(db, row!, code, now));
}
