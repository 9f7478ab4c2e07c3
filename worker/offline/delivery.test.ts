import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies, offlineMessages } from '../../db/schema';
import { apiFetch, db } from '../../test/helpers';
import type { Mail } from '../mail/message';
import { deliverOfflineMessage, type MailTransport } from './delivery';
import { consumeOfflineMail, type OfflineMailJob } from './delivery-queue';
import { backoffSeconds, MAX_DELIVERY_TRIES } from './retry-policy';
import { createCompanyWithDomain, storePendingMessage } from './test/fixtures';

/**
 * A fake mail server: fails the first `failures` sends (or all), records the ones it accepts.
 * With `holdFirst`, the first send waits for that promise, so a test can race others against it.
 */
function fakeTransport(failures = 0, opts: { holdFirst?: Promise<void> } = {}) {
  const delivered: Mail[] = [];
  let calls = 0;
  const send: MailTransport = async (_env, mail) => {
    calls += 1;
    if (calls === 1 && opts.holdFirst) await opts.holdFirst;
    if (calls <= failures) throw new Error(`SMTP 451 temporary failure #${calls}`);
    delivered.push(mail);
  };
  return { send, delivered, calls: () => calls };
}

const stored = (id: string) => db().select().from(offlineMessages).where(eq(offlineMessages.id, id)).get();
const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000 + 1);

describe('deliverOfflineMessage', () => {
  it('retries after failures with backoff: two failed sends, then exactly one mail, status sent, tries 3', async () => {
    const company = await createCompanyWithDomain({ notificationEmail: 'support@acme.test' });
    const id = await storePendingMessage(company.id, { email: 'ann@example.com', theme: 'Refund' });
    const transport = fakeTransport(2);
    const t0 = new Date();

    expect(await deliverOfflineMessage(env, id, { transport: transport.send, now: t0 })).toEqual({
      kind: 'retry',
      delaySeconds: backoffSeconds(1),
    });
    expect(await stored(id)).toMatchObject({ deliveryStatus: 'pending', tries: 1, lastError: 'SMTP 451 temporary failure #1' });

    // Not due yet: nothing is sent and no try is counted.
    expect(await deliverOfflineMessage(env, id, { transport: transport.send, now: later(t0, 1) })).toMatchObject({ kind: 'not-due' });
    expect(transport.calls()).toBe(1);

    const t1 = later(t0, backoffSeconds(1));
    expect(await deliverOfflineMessage(env, id, { transport: transport.send, now: t1 })).toEqual({
      kind: 'retry',
      delaySeconds: backoffSeconds(2),
    });
    const t2 = later(t1, backoffSeconds(2));
    expect(await deliverOfflineMessage(env, id, { transport: transport.send, now: t2 })).toEqual({ kind: 'sent' });

    expect(transport.delivered).toHaveLength(1);
    expect(transport.delivered[0]).toMatchObject({
      to: 'support@acme.test',
      replyTo: 'ann@example.com',
      subject: '[Offline message] Refund',
    });
    expect(await stored(id)).toMatchObject({ deliveryStatus: 'sent', tries: 3, lastError: null, nextAttemptAt: null });

    // Later redeliveries of the same job do nothing.
    expect(await deliverOfflineMessage(env, id, { transport: transport.send, now: later(t2, 3600) })).toEqual({ kind: 'done' });
    expect(transport.delivered).toHaveLength(1);
  });

  it('gives up after the bounded number of tries: failed, still stored and listed by the console API', async () => {
    const company = await createCompanyWithDomain();
    const id = await storePendingMessage(company.id, { theme: 'Never arrives' });
    const transport = fakeTransport(Number.POSITIVE_INFINITY);
    let now = new Date();
    const kinds: string[] = [];
    for (let i = 0; i < MAX_DELIVERY_TRIES + 2; i++) {
      const outcome = await deliverOfflineMessage(env, id, { transport: transport.send, now });
      kinds.push(outcome.kind);
      if (outcome.kind === 'retry') now = later(now, outcome.delaySeconds);
    }
    expect(kinds).toEqual([...Array(MAX_DELIVERY_TRIES - 1).fill('retry'), 'failed', 'done', 'done']);
    expect(transport.calls()).toBe(MAX_DELIVERY_TRIES);
    expect(await stored(id)).toMatchObject({
      deliveryStatus: 'failed',
      tries: MAX_DELIVERY_TRIES,
      lastError: `SMTP 451 temporary failure #${MAX_DELIVERY_TRIES}`,
    });

    const res = await apiFetch(`/api/companies/${company.id}/offline-messages`, { user: company.owner });
    expect(res.status).toBe(200);
    const list = await res.json<{ messages: { id: string; deliveryStatus: string; tries: number; lastError: string }[] }>();
    expect(list.messages.find((m) => m.id === id)).toMatchObject({
      deliveryStatus: 'failed',
      tries: MAX_DELIVERY_TRIES,
      theme: 'Never arrives',
    });
  });

  it('sends exactly one mail when two attempts race for the same message', async () => {
    const company = await createCompanyWithDomain();
    const id = await storePendingMessage(company.id);
    // The first send is held until the two other attempts are over, so all three overlap.
    let release!: () => void;
    const transport = fakeTransport(0, { holdFirst: new Promise<void>((r) => (release = r)) });
    let finished = 0;
    const attempts = [1, 2, 3].map(() =>
      deliverOfflineMessage(env, id, { transport: transport.send }).finally(() => {
        if (++finished === 2) release();
      }),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['not-due', 'not-due', 'sent']);
    expect(transport.delivered).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ deliveryStatus: 'sent', tries: 1 });
  });

  it('never mails a suppressed (honeypot) message', async () => {
    const company = await createCompanyWithDomain();
    const id = await storePendingMessage(company.id, { deliveryStatus: 'suppressed' });
    const transport = fakeTransport();
    expect(await deliverOfflineMessage(env, id, { transport: transport.send })).toEqual({ kind: 'done' });
    expect(transport.calls()).toBe(0);
  });

  it('keeps markup from every field inert in the HTML part, and readable', async () => {
    const payload = `<script>alert(1)</script><img src=x onerror="alert(2)">`;
    const company = await createCompanyWithDomain({ name: payload });
    const id = await storePendingMessage(company.id, { theme: payload, message: payload, email: 'x@example.com' });
    const transport = fakeTransport();
    await deliverOfflineMessage(env, id, { transport: transport.send });
    const html = transport.delivered[0]!.html!;
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(transport.delivered[0]!.subject).toContain(payload);
  });

  it('mails the owner when the notification email is cleared after the message was stored', async () => {
    const company = await createCompanyWithDomain();
    const id = await storePendingMessage(company.id);
    await db().update(companies).set({ notificationEmail: null }).where(eq(companies.id, company.id));
    const transport = fakeTransport();
    await deliverOfflineMessage(env, id, { transport: transport.send });
    expect(transport.delivered[0]!.to).toBe(company.owner.email);
  });
});

describe('consumeOfflineMail (queue consumer)', () => {
  const batchOf = (ids: string[]) =>
    createMessageBatch<OfflineMailJob>(
      'parley-offline-mail',
      ids.map((id, i) => ({ id: `job-${i}`, timestamp: new Date(), attempts: 1, body: { id } })),
    );

  it('acks delivered and finished jobs, and retries failed ones', async () => {
    const company = await createCompanyWithDomain();
    const ok = await storePendingMessage(company.id, { theme: 'ok' });
    const failing = await storePendingMessage(company.id, { theme: 'fails' });
    const gone = 'no-such-message';
    const transport: MailTransport = async (_env, mail) => {
      if (mail.subject.endsWith('fails')) throw new Error('mail server down');
    };
    const batch = batchOf([ok, failing, gone]);
    const ctx = createExecutionContext();
    await consumeOfflineMail(batch, env, transport);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(['job-0', 'job-2']);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(['job-1']);
    expect((await stored(ok))!.deliveryStatus).toBe('sent');
    expect(await stored(failing)).toMatchObject({ deliveryStatus: 'pending', tries: 1, lastError: 'mail server down' });
  });
});
