import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { sessions } from '../../db/schema';
import type { AppEnv } from '../types';
import { clearSessionCookie } from './session';

/** Accounts: register, verify, login, logout, password reset (F1). */
export const authRoutes = new Hono<AppEnv>().post('/logout', async (c) => {
  const sessionId = c.get('sessionId');
  if (sessionId) await c.get('db').delete(sessions).where(eq(sessions.id, sessionId));
  clearSessionCookie(c);
  return c.body(null, 204);
});
