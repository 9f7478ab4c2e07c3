import { and, asc, count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { avatarUrl } from '../../common/avatar-keys';
import { randomId } from '../../common/ids';
import { operatorLimit } from '../../common/plans/limits';
import { InviteBodySchema } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { invitations, memberships, users } from '../../db/schema';
import { mailedOk } from '../auth/account-mail';
import { ApiError, notFound } from '../lib/errors';
import { clientIp, enforceRateLimit, hitRateLimit, type RateRule, refuseWhenExhausted } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import { sendMail } from '../mail/mailer';
import { invitationMail } from './company-mails';
import { destinationsByOperator } from './destination-store';
import { memberRole, removeMember } from './member-store';
import { type CompanyEnv, type CompanyRow, ownerOnly } from './membership';
import { notifyCompanyChanged } from './notify';
import { isUniqueViolation } from './unique-violation';

/**
 * Invitations that name no (verified) account tell the inviter so, which could reveal who has an
 * account: such misses are limited per inviting user and per address, so nobody can probe at scale.
 */
const INVITE_MISSES_PER_USER: RateRule = { limit: 20, windowMs: 60 * 60 * 1000 };
const INVITE_MISSES_PER_IP: RateRule = { limit: 50, windowMs: 60 * 60 * 1000 };

/**
 * Resending an invitation mails someone who didn't ask for it: once an hour per invitation, and a
 * few an hour per owner, so a resend button can't be turned into a way of flooding a mailbox.
 */
const RESENDS_PER_INVITATION: RateRule = { limit: 1, windowMs: 60 * 60 * 1000 };
const RESENDS_PER_OWNER: RateRule = { limit: 10, windowMs: 60 * 60 * 1000 };

const alreadyInvited = () =>
  new ApiError(409, 'already_invited', 'This person already has a pending invitation.', {
    email: 'This person already has a pending invitation.',
  });

/** Seats in use: members (the owner included) plus pending invitations, each holding a seat. */
async function seatsInUse(db: Db, companyId: string): Promise<number> {
  const [[m], [i]] = await db.batch([
    db.select({ n: count() }).from(memberships).where(eq(memberships.companyId, companyId)),
    db.select({ n: count() }).from(invitations).where(eq(invitations.companyId, companyId)),
  ]);
  return (m?.n ?? 0) + (i?.n ?? 0);
}

/** Mails the invitee; reports whether it went out (the invitation stands either way). */
async function mailInvitation(env: Env, invitee: { email: string; name: string }, inviterName: string, companyName: string) {
  return mailedOk(sendMail(env, { to: invitee.email, ...invitationMail(env.APP_ORIGIN, invitee.name, inviterName, companyName) }));
}

/** 409 `plan_limit` when the plan's operator limit (F15) leaves no seat for one more invitation. */
async function ensureSeatFree(db: Db, company: CompanyRow): Promise<void> {
  const limit = operatorLimit(company);
  if ((await seatsInUse(db, company.id)) < limit) return;
  const allowed = limit === 1 ? 'one operator' : `${limit} operators`;
  throw new ApiError(
    409,
    'plan_limit',
    `Your plan allows ${allowed}, counting pending invitations. Upgrade the plan or remove someone to invite another operator.`,
  );
}

/**
 * Operators and invitations (F6), mounted at /:companyId. The owner invites registered, verified
 * accounts by email; an invitee becomes an operator only by accepting (see worker/me/companies.ts).
 */
export const operatorsApp = new Hono<CompanyEnv>()
  .get('/operators', async (c) => {
    const company = c.get('company');
    const db = c.get('db');
    // Two joined queries side by side, not a D1 batch: batch results are mapped by column name, and both select an `id`.
    const [members, pending, destinations] = await Promise.all([
      db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          avatarKey: users.avatarKey,
          role: memberships.role,
          joinedAt: memberships.createdAt,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.companyId, company.id))
        .orderBy(asc(memberships.createdAt)),
      db
        .select({
          id: invitations.id,
          userId: users.id,
          name: users.name,
          email: users.email,
          invitedAt: invitations.createdAt,
          resentAt: invitations.resentAt,
        })
        .from(invitations)
        .innerJoin(users, eq(users.id, invitations.userId))
        .where(eq(invitations.companyId, company.id))
        .orderBy(asc(invitations.createdAt)),
      destinationsByOperator(db, company.id),
    ]);
    return c.json({
      operators: members.map(({ avatarKey, joinedAt, ...m }) => ({
        ...m,
        avatarUrl: avatarKey ? avatarUrl(avatarKey) : null,
        joinedAt: joinedAt.toISOString(),
        destinations: destinations.get(m.id) ?? { languages: [], categories: [] },
      })),
      invitations: pending.map((i) => ({ ...i, invitedAt: i.invitedAt.toISOString(), resentAt: i.resentAt?.toISOString() ?? null })),
      limit: { operators: operatorLimit(company), used: members.length + pending.length },
    });
  })
  .post('/operators', ownerOnly, validate('json', InviteBodySchema), async (c) => {
    const { email } = c.req.valid('json');
    const company = c.get('company');
    const db = c.get('db');
    const missKeys: [string, RateRule][] = [
      [`invite-miss:${c.get('user').id}`, INVITE_MISSES_PER_USER],
      [`invite-miss-ip:${clientIp(c)}`, INVITE_MISSES_PER_IP],
    ];
    for (const [key, rule] of missKeys) await refuseWhenExhausted(c, key, rule);
    const invitee = await db
      .select({ id: users.id, name: users.name, verifiedAt: users.verifiedAt })
      .from(users)
      .where(eq(users.email, email))
      .get();
    if (!invitee?.verifiedAt) {
      for (const [key, rule] of missKeys) await hitRateLimit(db, key, rule);
      if (!invitee) {
        const message = 'No Parley account uses this email. Ask them to sign up first.';
        throw new ApiError(422, 'user_not_found', message, { email: message });
      }
      const message = 'This account has not verified its email yet. Ask them to open the link in their verification email first.';
      throw new ApiError(422, 'user_not_verified', message, { email: message });
    }
    const [member, invited] = await db.batch([
      db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.companyId, company.id), eq(memberships.userId, invitee.id))),
      db
        .select({ id: invitations.id })
        .from(invitations)
        .where(and(eq(invitations.companyId, company.id), eq(invitations.userId, invitee.id))),
    ]);
    if (member.length > 0) {
      throw new ApiError(409, 'already_member', 'This person is already an operator of this company.', {
        email: 'This person is already an operator of this company.',
      });
    }
    if (invited.length > 0) throw alreadyInvited();
    await ensureSeatFree(db, company);
    const id = randomId();
    const invitedAt = new Date();
    try {
      await db
        .insert(invitations)
        .values({ id, companyId: company.id, userId: invitee.id, invitedBy: c.get('user').id, createdAt: invitedAt });
    } catch (err) {
      if (isUniqueViolation(err)) throw alreadyInvited();
      throw err;
    }
    await notifyCompanyChanged(c.env, company.id, 'operators');
    const mailed = await mailInvitation(c.env, { email, name: invitee.name }, c.get('user').name, company.name);
    return c.json(
      { invitation: { id, userId: invitee.id, name: invitee.name, email, invitedAt: invitedAt.toISOString(), resentAt: null }, mailed },
      201,
    );
  })
  .delete('/operators/:userId', ownerOnly, async (c) => {
    const companyId = c.get('company').id;
    const userId = c.req.param('userId');
    const db = c.get('db');
    const role = await memberRole(db, companyId, userId);
    if (!role) throw notFound('operator');
    if (role === 'owner') throw new ApiError(409, 'owner_cannot_be_removed', 'The owner can’t be removed from their own company.');
    await removeMember(db, companyId, userId);
    await notifyCompanyChanged(c.env, companyId, 'operators');
    return c.body(null, 204);
  })
  .post('/invitations/:invitationId/resend', ownerOnly, async (c) => {
    const company = c.get('company');
    const db = c.get('db');
    const invitationId = c.req.param('invitationId');
    const row = await db
      .select({ id: invitations.id, userId: users.id, name: users.name, email: users.email, invitedAt: invitations.createdAt })
      .from(invitations)
      .innerJoin(users, eq(users.id, invitations.userId))
      .where(and(eq(invitations.id, invitationId), eq(invitations.companyId, company.id)))
      .get();
    if (!row) throw notFound('invitation');
    await enforceRateLimit(c, `invite-resend:${row.id}`, RESENDS_PER_INVITATION);
    await enforceRateLimit(c, `invite-resend-owner:${c.get('user').id}`, RESENDS_PER_OWNER);
    if (!(await mailInvitation(c.env, row, c.get('user').name, company.name))) {
      throw new ApiError(502, 'mail_not_sent', 'The invitation mail could not be sent. Please try again later.');
    }
    const resentAt = new Date();
    await db.update(invitations).set({ resentAt }).where(eq(invitations.id, row.id));
    return c.json({ invitation: { ...row, invitedAt: row.invitedAt.toISOString(), resentAt: resentAt.toISOString() } });
  })
  .delete('/invitations/:invitationId', ownerOnly, async (c) => {
    const companyId = c.get('company').id;
    const gone = await c
      .get('db')
      .delete(invitations)
      .where(and(eq(invitations.id, c.req.param('invitationId')), eq(invitations.companyId, companyId)))
      .returning({ id: invitations.id });
    if (gone.length === 0) throw notFound('invitation');
    await notifyCompanyChanged(c.env, companyId, 'operators');
    return c.body(null, 204);
  });
