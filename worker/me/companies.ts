import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Db } from '../../db/client';
import { companies, invitations, memberships, users } from '../../db/schema';
import { ensureSeatForNewMember } from '../billing/seats';
import { memberRole, removeMember } from '../companies/member-store';
import { notifyCompanyChanged } from '../companies/notify';
import { ApiError, notFound } from '../lib/errors';
import { requireUser } from '../middleware/session';
import type { AppEnv } from '../types';

/** The signed-in user's invitations (accept/decline) and memberships (leave) (F6). */
export const myCompanyRoutes = new Hono<AppEnv>()
  .use(requireUser)
  .get('/invitations', async (c) => {
    const rows = await c
      .get('db')
      .select({
        id: invitations.id,
        companyId: companies.id,
        companyName: companies.name,
        invitedByName: users.name,
        invitedAt: invitations.createdAt,
      })
      .from(invitations)
      .innerJoin(companies, eq(companies.id, invitations.companyId))
      .innerJoin(users, eq(users.id, invitations.invitedBy))
      .where(eq(invitations.userId, c.get('user')!.id))
      .orderBy(asc(invitations.createdAt));
    return c.json(
      rows.map((r) => ({
        id: r.id,
        company: { id: r.companyId, name: r.companyName },
        invitedBy: { name: r.invitedByName },
        invitedAt: r.invitedAt.toISOString(),
      })),
    );
  })
  .post('/invitations/:invitationId/accept', async (c) => {
    const db = c.get('db');
    const userId = c.get('user')!.id;
    const invitation = await findMyInvitation(db, c.req.param('invitationId'), userId);
    await ensureSeatForNewMember(db, invitation.companyId);
    await db.batch([
      db
        .insert(memberships)
        .values({ companyId: invitation.companyId, userId, role: 'operator', createdAt: new Date() })
        .onConflictDoNothing(),
      db.delete(invitations).where(eq(invitations.id, invitation.id)),
    ]);
    await notifyCompanyChanged(c.env, invitation.companyId, 'operators');
    return c.json({ company: { id: invitation.companyId, name: invitation.companyName, role: 'operator' as const } });
  })
  .post('/invitations/:invitationId/decline', async (c) => {
    const db = c.get('db');
    const invitation = await findMyInvitation(db, c.req.param('invitationId'), c.get('user')!.id);
    await db.delete(invitations).where(eq(invitations.id, invitation.id));
    await notifyCompanyChanged(c.env, invitation.companyId, 'operators');
    return c.json({ declined: true, company: { id: invitation.companyId, name: invitation.companyName } });
  })
  .delete('/companies/:companyId', async (c) => {
    const db = c.get('db');
    const userId = c.get('user')!.id;
    const companyId = c.req.param('companyId');
    const role = await memberRole(db, companyId, userId);
    if (!role) throw notFound('company');
    if (role === 'owner') {
      throw new ApiError(409, 'owner_cannot_leave', 'You own this company, so you can’t leave it. Delete the company instead.');
    }
    await removeMember(db, companyId, userId);
    await notifyCompanyChanged(c.env, companyId, 'operators');
    return c.body(null, 204);
  });

/** The caller's own pending invitation; anyone else's answers 404, like a missing one. */
async function findMyInvitation(db: Db, invitationId: string, userId: string) {
  const row = await db
    .select({ id: invitations.id, companyId: invitations.companyId, companyName: companies.name })
    .from(invitations)
    .innerJoin(companies, eq(companies.id, invitations.companyId))
    .where(and(eq(invitations.id, invitationId), eq(invitations.userId, userId)))
    .get();
  if (!row) throw notFound('invitation');
  return row;
}
