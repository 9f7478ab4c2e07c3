import { env, SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { randomId } from '../../common/ids';
import { devMail, helpFeedback } from '../../db/schema';
import { db } from '../../test/helpers';
import type { MailTransport } from '../offline/delivery';
import { MAX_DELIVERY_TRIES } from '../offline/retry-policy';
import { createCompanyWithDomain, type TestCompany, uniqueIp } from '../offline/test/fixtures';
import { deliverFeedback } from './feedback-mail';
import { listFeedback } from './store';

const newEmail = () => `reader-${randomId().toLowerCase()}@example.test`;

/** The company help page's plain feedback form, as a visitor without JavaScript posts it. */
const postCompanyFeedback = (company: TestCompany, email: string, message: string) =>
  SELF.fetch(`http://localhost/help/c/${company.publicKey}/en/feedback`, {
    method: 'POST',
    body: new URLSearchParams({ page: `/help/c/${company.publicKey}/en`, email, message }),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': uniqueIp() },
    redirect: 'manual',
  });

/** The mail the queue sent with `replyTo` as its reply address, once it is there. */
const mailRepliedTo = (replyTo: string) =>
  vi.waitFor(
    async () => {
      const found = await db().select().from(devMail).where(eq(devMail.replyTo, replyTo)).get();
      if (!found) throw new Error('not mailed yet');
      return found;
    },
    { timeout: 10_000, interval: 50 },
  );

const feedbackRow = (id: string) => db().select().from(helpFeedback).where(eq(helpFeedback.id, id)).get();

async function storeFeedback(companyId: string | null): Promise<string> {
  const id = randomId();
  await db().insert(helpFeedback).values({ id, companyId, email: newEmail(), message: 'Where is my parcel?', createdAt: new Date() });
  return id;
}

describe('company help feedback mail (F19)', () => {
  it('goes through the mail queue to the confirmed notification email', async () => {
    const company = await createCompanyWithDomain({ name: 'Parcel Co' });
    const email = newEmail();
    expect((await postCompanyFeedback(company, email, 'Can I return a gift?')).status).toBe(303);

    const mail = await mailRepliedTo(email);
    const row = (await db().select().from(helpFeedback).where(eq(helpFeedback.email, email)).get())!;
    expect(mail.to).toMatch(/^inbox-.*@example\.test$/);
    expect(mail.to).not.toBe(company.owner.email);
    expect(mail.subject).toContain('Parcel Co');
    expect(mail.text).toContain('Can I return a gift?');
    expect(mail.text).toContain(`/companies/${company.id}/help/feedback`);
    await vi.waitFor(async () => expect((await feedbackRow(row.id))!.mailedAt).not.toBeNull());
  });

  it('goes to the owner while the notification email is unconfirmed', async () => {
    const company = await createCompanyWithDomain({ notificationEmailConfirmed: false });
    const email = newEmail();
    expect((await postCompanyFeedback(company, email, 'Is there a shop in Lviv?')).status).toBe(303);
    expect((await mailRepliedTo(email)).to).toBe(company.owner.email);
  });
});

describe('deliverFeedback', () => {
  const failing: MailTransport = async () => {
    throw new Error('mail provider down');
  };

  it('backs off after a failed attempt, sends nothing twice while leased, and gives up after the last try', async () => {
    const company = await createCompanyWithDomain();
    const id = await storeFeedback(company.id);
    const now = new Date();

    expect(await deliverFeedback(env, id, failing, now)).toEqual({ kind: 'retry', delaySeconds: 30 });
    expect(await feedbackRow(id)).toMatchObject({ mailTries: 1, mailedAt: null });
    // Before the backoff has passed, another job (the sweep's) is told to come back later.
    const sent: string[] = [];
    const recording: MailTransport = async (_env, mail) => {
      sent.push(mail.to);
    };
    expect(await deliverFeedback(env, id, recording, now)).toMatchObject({ kind: 'not-due' });
    expect(sent).toEqual([]);

    let at = now.getTime();
    for (let tries = 2; tries <= MAX_DELIVERY_TRIES; tries++) {
      at += 2 * 60 * 60 * 1000;
      const outcome = await deliverFeedback(env, id, failing, new Date(at));
      expect(outcome.kind).toBe(tries === MAX_DELIVERY_TRIES ? 'failed' : 'retry');
    }
    expect(await deliverFeedback(env, id, recording, new Date(at + 2 * 60 * 60 * 1000))).toEqual({ kind: 'done' });
    expect(sent).toEqual([]);
    expect(await feedbackRow(id)).toMatchObject({ mailTries: MAX_DELIVERY_TRIES, mailedAt: null });
    const listed = await listFeedback(db(), company.id);
    expect(listed.find((f) => f.id === id)).toMatchObject({ mailedAt: null, mailFailed: true });
  });

  it('mails Parley’s feedback to every service admin once', async () => {
    const id = await storeFeedback(null);
    const sent: string[] = [];
    const recording: MailTransport = async (_env, mail) => {
      sent.push(mail.to);
    };
    expect(await deliverFeedback(env, id, recording)).toEqual({ kind: 'sent' });
    expect(await deliverFeedback(env, id, recording)).toEqual({ kind: 'done' });
    expect(sent).toEqual(['admin@parley.test']);
  });
});
