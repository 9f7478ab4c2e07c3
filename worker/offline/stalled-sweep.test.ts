import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { randomId } from '../../common/ids';
import { devMail, helpFeedback } from '../../db/schema';
import { db } from '../../test/helpers';
import { MAX_DELIVERY_TRIES } from './retry-policy';
import { requeueStalledDeliveries, STALLED_AFTER_MS } from './stalled-sweep';
import { createCompanyWithDomain, storePendingMessage } from './test/fixtures';

describe('requeueStalledDeliveries', () => {
  it('queues again the pending messages whose job was lost, and only those', async () => {
    const company = await createCompanyWithDomain();
    const now = new Date();
    const longAgo = new Date(now.getTime() - STALLED_AFTER_MS - 60_000);
    const neverQueued = await storePendingMessage(company.id, { createdAt: longAgo });
    const retryLost = await storePendingMessage(company.id, { createdAt: longAgo, tries: 2, nextAttemptAt: longAgo });
    const justStored = await storePendingMessage(company.id, { createdAt: now });
    const retryAhead = await storePendingMessage(company.id, {
      createdAt: longAgo,
      tries: 1,
      nextAttemptAt: new Date(now.getTime() + 60_000),
    });
    const sent = await storePendingMessage(company.id, { createdAt: longAgo, deliveryStatus: 'sent' });
    const spam = await storePendingMessage(company.id, { createdAt: longAgo, deliveryStatus: 'suppressed' });

    const requeued = await requeueStalledDeliveries(env, now);
    expect(requeued).toEqual(expect.arrayContaining([neverQueued, retryLost]));
    for (const id of [justStored, retryAhead, sent, spam]) expect(requeued).not.toContain(id);
  });
});

describe('requeueStalledDeliveries and help feedback', () => {
  it('queues again the unmailed feedback whose job was lost, Parley’s and companies’, and the queue mails it', async () => {
    const company = await createCompanyWithDomain({ notificationEmailConfirmed: false });
    const now = new Date();
    const longAgo = new Date(now.getTime() - STALLED_AFTER_MS - 60_000);
    const feedback = async (companyId: string | null, row: Partial<typeof helpFeedback.$inferInsert> = {}) => {
      const id = randomId();
      const email = `stalled-${id.toLowerCase()}@example.test`;
      await db()
        .insert(helpFeedback)
        .values({ id, companyId, email, message: 'Still waiting', createdAt: longAgo, ...row });
      return { id, email };
    };
    const parleys = await feedback(null);
    const companys = await feedback(company.id, { mailTries: 1, nextMailAttemptAt: longAgo });
    const justStored = await feedback(company.id, { createdAt: now });
    const retryAhead = await feedback(company.id, { mailTries: 1, nextMailAttemptAt: new Date(now.getTime() + 60_000) });
    const mailed = await feedback(company.id, { mailedAt: longAgo });
    const givenUp = await feedback(null, { mailTries: MAX_DELIVERY_TRIES });

    const requeued = await requeueStalledDeliveries(env, now);
    expect(requeued).toEqual(expect.arrayContaining([parleys.id, companys.id]));
    for (const f of [justStored, retryAhead, mailed, givenUp]) expect(requeued).not.toContain(f.id);

    const mailTo = (replyTo: string) =>
      vi.waitFor(
        async () => {
          const found = await db().select().from(devMail).where(eq(devMail.replyTo, replyTo)).get();
          if (!found) throw new Error('not mailed yet');
          return found.to;
        },
        { timeout: 10_000, interval: 50 },
      );
    expect(await mailTo(parleys.email)).toBe('admin@parley.test');
    expect(await mailTo(companys.email)).toBe(company.owner.email);
  });
});
