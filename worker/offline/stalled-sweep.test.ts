import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
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
