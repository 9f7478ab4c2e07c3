import { and, desc, eq, gt } from 'drizzle-orm';
import { Hono } from 'hono';
import { sessions } from '../../db/schema';
import { revokeSessions } from '../auth/revoke';
import { clearSessionCookie } from '../auth/session';
import { notFound } from '../lib/errors';
import { requireUser } from '../middleware/session';
import type { AppEnv } from '../types';

/**
 * The signed-in user's active sessions, newest first, and "log out this one" (SPEC S). Ending a
 * session closes its open chat pages at once; ending the current one is a logout.
 */
export const mySessionRoutes = new Hono<AppEnv>()
  .use(requireUser)
  .get('/sessions', async (c) => {
    const current = c.get('sessionId');
    const rows = await c
      .get('db')
      .select({ id: sessions.id, createdAt: sessions.createdAt, userAgent: sessions.userAgent })
      .from(sessions)
      .where(and(eq(sessions.userId, c.get('user')!.id), gt(sessions.expiresAt, new Date())))
      .orderBy(desc(sessions.createdAt));
    return c.json({
      sessions: rows.map((s) => ({ id: s.id, createdAt: s.createdAt.toISOString(), userAgent: s.userAgent, current: s.id === current })),
    });
  })
  .delete('/sessions/:sessionId', async (c) => {
    const db = c.get('db');
    const userId = c.get('user')!.id;
    const ended = await db
      .delete(sessions)
      .where(and(eq(sessions.id, c.req.param('sessionId')), eq(sessions.userId, userId)))
      .returning({ id: sessions.id, expiresAt: sessions.expiresAt });
    if (ended.length === 0) throw notFound('session');
    await revokeSessions(c.env, db, userId, ended);
    if (ended[0]!.id === c.get('sessionId')) clearSessionCookie(c);
    return c.body(null, 204);
  });
