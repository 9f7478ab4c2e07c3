import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberships } from '../../db/schema';
import { companyRoom } from '../lib/company-room';
import type { EndedSession } from './session';

/**
 * Tells the room of every company the user belongs to that these sessions are signed out, so
 * their open chat pages close at once (SPEC S). Called after the rows are deleted: a room that
 * misses the call still refuses nothing the worker would accept, and a failing room is logged,
 * not reported, because the sign-out itself succeeded.
 */
export async function revokeSessions(env: Env, db: Db, userId: string, ended: readonly EndedSession[]): Promise<void> {
  if (ended.length === 0) return;
  const sessions = ended.map((s) => ({ id: s.id, expiresAt: s.expiresAt.getTime() }));
  const rows = await db.select({ companyId: memberships.companyId }).from(memberships).where(eq(memberships.userId, userId));
  await Promise.all(
    rows.map(async ({ companyId }) => {
      try {
        await companyRoom(env, companyId).revokeSessions(sessions);
      } catch (err) {
        console.error('revokeSessions failed', companyId, err);
      }
    }),
  );
}
