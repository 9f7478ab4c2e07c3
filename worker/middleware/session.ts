import { createMiddleware } from 'hono/factory';
import { getDb } from '../../db/client';
import { readSessionToken, userForToken } from '../auth/session';
import { unauthorized } from '../lib/errors';
import type { AppEnv, SessionUser } from '../types';

/** Sets `db` for every handler, and `user`/`sessionId` when the session cookie is valid. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const db = getDb(c.env.DB);
  c.set('db', db);
  c.set('user', null);
  c.set('sessionId', null);
  const token = readSessionToken(c);
  if (token) {
    const found = await userForToken(db, token);
    if (found) {
      c.set('user', found.user);
      c.set('sessionId', found.sessionId);
    }
  }
  await next();
});

type AuthedEnv = AppEnv & { Variables: { user: SessionUser; sessionId: string } };

/** Answers 401 unless a valid session is present; handlers then see a non-null `user`. */
export const requireUser = createMiddleware<AuthedEnv>(async (c, next) => {
  if (!c.get('user')) throw unauthorized();
  await next();
});
