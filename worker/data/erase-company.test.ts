import { env, runInDurableObject } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { billingNotices, configOutbox, offlineMessages, payments, planLedger } from '../../db/schema';
import { apiFetch, db } from '../../test/helpers';
import { connectOperator, connectVisitor, roomOf, setupCompany, visitorSays } from '../../test/realtime';
import { companyFilesPrefix } from './company-files';

describe('deleting a company erases its data (SPEC S)', () => {
  it('empties the room storage, deletes its files and rows, and closes its sockets', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    await visitorSays(visitor, 'Please forget me');
    await op.next('chat');
    await db()
      .insert(offlineMessages)
      .values({
        id: `om-${company.id}`,
        companyId: company.id,
        visitorId: visitor.visitorId,
        email: 'v@example.test',
        theme: 'Hi',
        message: 'Call me',
        deliveryStatus: 'sent',
        createdAt: new Date(),
      });
    const paymentId = `pay-${company.id}`;
    await db().insert(payments).values({
      id: paymentId,
      companyId: company.id,
      plan: 'standard',
      operators: 2,
      months: 1,
      amountCents: 1800,
      currency: 'usd',
      status: 'paid',
      createdBy: company.owner.id,
      createdAt: new Date(),
    });
    await db()
      .insert(planLedger)
      .values({
        id: `led-${company.id}`,
        companyId: company.id,
        seq: 1,
        kind: 'payment',
        planBefore: 'free',
        operatorsBefore: 1,
        plan: 'standard',
        operators: 2,
        paymentId,
        createdAt: new Date(),
      });
    await db().insert(billingNotices).values({ companyId: company.id, kind: 'reminder', paidUntil: new Date(), sentAt: new Date() });
    const ownFile = `${companyFilesPrefix(company.id)}attachments/a.txt`;
    const otherFile = `${companyFilesPrefix(`${company.id}x`)}attachments/b.txt`;
    await env.AVATARS.put(ownFile, 'mine');
    await env.AVATARS.put(otherFile, 'not mine');

    const res = await apiFetch(`/api/companies/${company.id}`, { method: 'DELETE', user: company.owner });
    expect(res.status).toBe(204);

    expect(await visitor.closed).toBe(4403);
    expect(await op.closed).toBe(4403);
    await runInDurableObject(roomOf(company), async (_room, state) => {
      const tables = state.storage.sql.exec(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf_%'`).toArray();
      expect(tables).toEqual([]);
      expect([...state.storage.kv.list()]).toEqual([]);
      expect(await state.storage.getAlarm()).toBeNull();
    });
    expect(await env.AVATARS.head(ownFile)).toBeNull();
    expect(await env.AVATARS.head(otherFile)).not.toBeNull();
    expect(await db().select().from(offlineMessages).where(eq(offlineMessages.companyId, company.id))).toEqual([]);
    expect(await db().select().from(payments).where(eq(payments.companyId, company.id))).toEqual([]);
    expect(await db().select().from(planLedger).where(eq(planLedger.companyId, company.id))).toEqual([]);
    expect(await db().select().from(billingNotices).where(eq(billingNotices.companyId, company.id))).toEqual([]);
    expect(await db().select().from(configOutbox).where(eq(configOutbox.companyId, company.id))).toEqual([]);
  });
});
