import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { devMail } from '../../db/schema';
import { apiFetch, createUser, db, type TestUser } from '../../test/helpers';
import type { Mail } from '../mail/message';
import { latestMailTo } from '../mail/test/mailbox';
import { deliverOfflineMessage } from '../offline/delivery';
import { storePendingMessage } from '../offline/test/fixtures';
import { companyPath, createCompanyAs, expectError, expectJson } from './test/api';

const inbox = () => `team-${randomId().toLowerCase()}@example.test`;

async function ownerWithCompany() {
  const owner = await createUser();
  const company = await createCompanyAs(owner, 'Acme');
  const patch = (body: unknown) => apiFetch(companyPath(company.id), { method: 'PATCH', body, user: owner });
  const settings = async () => expectJson(await apiFetch(companyPath(company.id), { user: owner }), 200);
  return { owner, company, patch, settings };
}

/** The token of the newest confirmation link mailed to `to`. */
async function confirmationToken(to: string): Promise<string> {
  const { links } = await latestMailTo(to);
  const link = links.map((l) => new URL(l)).find((u) => u.pathname === '/confirm-notification-email');
  if (!link) throw new Error(`no confirmation link in the mail to ${to}`);
  return link.searchParams.get('token')!;
}

const confirm = (token: string) => apiFetch('/api/notification-email/confirm', { body: { token } });

/** Where one offline message of the company would be mailed right now. */
async function offlineMailGoesTo(companyId: string): Promise<string> {
  const sent: Mail[] = [];
  const id = await storePendingMessage(companyId);
  await deliverOfflineMessage(env, id, { transport: async (_env, mail) => void sent.push(mail) });
  return sent[0]!.to;
}

describe('notification email confirmation', () => {
  it('mails offline messages to a new address only after its inbox confirms; the owner gets them meanwhile', async () => {
    const { owner, company, patch, settings } = await ownerWithCompany();
    const team = inbox();
    expect(await expectJson(await patch({ notificationEmail: team }), 200)).toMatchObject({
      notificationEmail: team,
      notificationEmailConfirmed: false,
    });
    const mail = await latestMailTo(team);
    expect(mail.subject).toBe('Confirm offline messages of Acme to this address');
    expect(await offlineMailGoesTo(company.id)).toBe(owner.email);

    // The link needs no login: whoever reads the inbox may have no account.
    const confirmed = await expectJson(await confirm(await confirmationToken(team)), 200);
    expect(confirmed).toEqual({ company: { id: company.id, name: 'Acme' }, email: team });
    expect(await settings()).toMatchObject({ notificationEmail: team, notificationEmailConfirmed: true });
    expect(await offlineMailGoesTo(company.id)).toBe(team);
  });

  it('spends each link once, and voids it when the address changes again', async () => {
    const { company, patch, settings } = await ownerWithCompany();
    const first = inbox();
    await expectJson(await patch({ notificationEmail: first }), 200);
    const firstToken = await confirmationToken(first);
    const second = inbox();
    await expectJson(await patch({ notificationEmail: second }), 200);
    await expectError(await confirm(firstToken), 400, 'invalid_token');
    expect(await settings()).toMatchObject({ notificationEmail: second, notificationEmailConfirmed: false });

    const token = await confirmationToken(second);
    await expectJson(await confirm(token), 200);
    await expectError(await confirm(token), 400, 'invalid_token');
    await expectError(await confirm('not-a-token'), 400, 'invalid_token');
    expect(await offlineMailGoesTo(company.id)).toBe(second);
  });

  it('needs no link for the owner’s own address', async () => {
    const { owner, patch } = await ownerWithCompany();
    await expectJson(await patch({ notificationEmail: inbox() }), 200);
    const before = await db().select().from(devMail).where(eq(devMail.to, owner.email));
    expect(await expectJson(await patch({ notificationEmail: owner.email.toUpperCase() }), 200)).toMatchObject({
      notificationEmail: owner.email,
      notificationEmailConfirmed: true,
    });
    expect(await db().select().from(devMail).where(eq(devMail.to, owner.email))).toHaveLength(before.length);
  });

  it('sends the link again on request, a few times an hour at most', async () => {
    const { company, owner, patch } = await ownerWithCompany();
    const resend = (user: TestUser = owner) =>
      apiFetch(companyPath(company.id, '/notification-email/confirmation'), { method: 'POST', user });
    await expectError(await resend(), 409, 'nothing_to_confirm');
    const team = inbox();
    await expectJson(await patch({ notificationEmail: team }), 200);
    const firstToken = await confirmationToken(team);
    for (let i = 0; i < 4; i++) expect(await expectJson(await resend(), 202)).toEqual({ accepted: true });
    expect(await confirmationToken(team)).not.toBe(firstToken);
    const refused = await resend();
    expect(refused.status).toBe(429);
    await expectError(await patch({ notificationEmail: inbox() }), 429, 'rate_limited');
    // Every link sent stays good until used or replaced.
    await expectJson(await confirm(firstToken), 200);
    await expectError(await resend(), 409, 'nothing_to_confirm');
  });
});
