import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { memberships } from '../../db/schema';
import { createUser, db } from '../../test/helpers';
import { connectOperator, connectVisitor, openOperator, roomOf, setupCompany, visitorSays } from '../../test/realtime';

describe('WebSocket /api/companies/:companyId/connect', () => {
  it('refuses a foreign origin, a missing origin, no session, a non-member and a plain request', async () => {
    const company = await setupCompany();
    const stranger = await createUser();
    const cases: [Response, number][] = [
      [await openOperator(company.id, company.owner, 'https://evil.example'), 403],
      [await openOperator(company.id, company.owner, null), 403],
      [await openOperator(company.id, null), 401],
      [await openOperator(company.id, stranger), 404],
      [await openOperator('no-such-company', company.owner), 404],
    ];
    for (const [res, status] of cases) {
      expect(res.status).toBe(status);
      expect(res.webSocket).toBeNull();
      expect(await res.json()).toHaveProperty('error.code');
    }
  });

  it('closes a removed operator at once and hands their chats on', async () => {
    const company = await setupCompany({ operators: 2 });
    const removed = company.operators[1]!;
    const visitor = await connectVisitor(company);
    const leaving = await connectOperator(company, removed);
    await visitorSays(visitor, 'hello');
    await leaving.next('chat');
    const staying = await connectOperator(company, company.owner);

    await db()
      .delete(memberships)
      .where(and(eq(memberships.companyId, company.id), eq(memberships.userId, removed.id)));
    await roomOf(company).configChanged('operators');
    expect(await leaving.closed).toBe(4403);
    // Reassigned with its history, which says who had it and who has it now.
    expect((await staying.next('chat')).chat.messages.map((m) => m.author)).toEqual(['visitor', 'system', 'system']);
    expect((await staying.next('config')).config.operators.map((o) => o.id)).toEqual([company.owner.id]);
    expect((await openOperator(company.id, removed)).status).toBe(404);
  });
});
