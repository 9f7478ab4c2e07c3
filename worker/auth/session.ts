import { and, eq, gt } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { randomId, sha256Hex } from '../../common/ids';
import { clipUtf8, MAX_USER_AGENT_BYTES } from '../../common/protocol';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';
import type { AppEnv, SessionUser } from '../types';

export const SESSION_COOKIE = 'parley_session';
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

/**
 * Creates a session row (keyed by the token's hash) and returns the raw token for the cookie.
 * `userAgent` names the browser in the account's session list.
 */
export async function createSession(
  db: Db,
  userId: string,
  opts: { userAgent?: string; now?: number } = {},
): Promise<{ token: string; id: string }> {
  const token = randomId(32);
  const id = await sha256Hex(token);
  const now = opts.now ?? Date.now();
  await db.insert(sessions).values({
    id,
    userId,
    createdAt: new Date(now),
    expiresAt: new Date(now + SESSION_TTL_MS),
    userAgent: clipUtf8(opts.userAgent ?? '', MAX_USER_AGENT_BYTES),
  });
  return { token, id };
}

/** Looks up the user behind a raw session token, or null when it is unknown or expired. */
export async function userForToken(db: Db, token: string): Promise<{ user: SessionUser; sessionId: string } | null> {
  const id = await sha256Hex(token);
  const row = await db
    .select({ id: users.id, email: users.email, name: users.name, verifiedAt: users.verifiedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date())))
    .get();
  if (!row) return null;
  return { user: { id: row.id, email: row.email, name: row.name, verified: row.verifiedAt !== null }, sessionId: id };
}

/** A session row just deleted: its id (the token's hash) and when it would have expired. */
export interface EndedSession {
  id: string;
  expiresAt: Date;
}

/** Ends every session of a user (a password reset signs out everywhere before starting a new one). */
export async function endAllSessions(db: Db, userId: string): Promise<EndedSession[]> {
  return db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id, expiresAt: sessions.expiresAt });
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
}

export function readSessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}
