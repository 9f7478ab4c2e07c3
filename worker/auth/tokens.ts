import { and, eq, gt, isNull } from 'drizzle-orm';
import { randomId, sha256Hex } from '../../common/ids';
import type { Db } from '../../db/client';
import { authTokens, users } from '../../db/schema';
import { ApiError } from '../lib/errors';

export type TokenPurpose = 'verify' | 'reset';

/** How long an emailed link works (F1: verification 24 h; reset kept short because it grants access). */
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  verify: 24 * 3600 * 1000,
  reset: 3600 * 1000,
};

/**
 * How long a verification link is remembered after it was sent (used or expired), so opening it
 * again says the address is already confirmed rather than that the link is invalid.
 */
export const VERIFY_LINK_MEMORY_MS = 30 * 24 * 3600 * 1000;

/** 32 random bytes (256 bits) per token; only its SHA-256 is stored. */
const TOKEN_BYTES = 32;

/** Reused, expired and garbled tokens answer alike so a link reveals nothing about why it failed. */
export const invalidToken = () => new ApiError(400, 'invalid_token', 'This link is invalid or has expired. Ask for a new one.');

/** Stores a new single-use token for `userId` and returns the raw value for the emailed link. */
export async function issueToken(db: Db, userId: string, purpose: TokenPurpose, now = Date.now()): Promise<string> {
  const token = randomId(TOKEN_BYTES);
  await db.insert(authTokens).values({
    id: await sha256Hex(token),
    userId,
    purpose,
    createdAt: new Date(now),
    expiresAt: new Date(now + TOKEN_TTL_MS[purpose]),
  });
  return token;
}

/**
 * Spends a token: one conditional UPDATE marks it used only if it is unused, unexpired and of
 * this purpose, so two concurrent clicks can't both succeed. Returns the owner's id.
 */
export async function consumeToken(db: Db, token: string, purpose: TokenPurpose, now = Date.now()): Promise<string> {
  const row = await db
    .update(authTokens)
    .set({ usedAt: new Date(now) })
    .where(
      and(
        eq(authTokens.id, await sha256Hex(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, new Date(now)),
      ),
    )
    .returning({ userId: authTokens.userId })
    .get();
  if (!row) throw invalidToken();
  return row.userId;
}

/** Voids every outstanding token of one purpose (after a reset, older reset links stop working). */
export async function revokeTokens(db: Db, userId: string, purpose: TokenPurpose, now = Date.now()): Promise<void> {
  await db
    .update(authTokens)
    .set({ usedAt: new Date(now) })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
}

/**
 * Whether `token` is a verification link (any state) of an account whose address is confirmed.
 * Only the mailbox's owner holds the token, so saying so reveals nothing to anyone else.
 */
export async function isConfirmedAccountsVerifyLink(db: Db, token: string): Promise<boolean> {
  const row = await db
    .select({ verifiedAt: users.verifiedAt })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(and(eq(authTokens.id, await sha256Hex(token)), eq(authTokens.purpose, 'verify')))
    .get();
  return Boolean(row?.verifiedAt);
}
