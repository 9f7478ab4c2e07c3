import { describe, expect, it } from 'vitest';
import { offlineMessages } from '../../db/schema';
import { apiFetch, db } from '../../test/helpers';
import { connectOperator, connectVisitor, roomOf, setupCompany, visitorSays } from '../../test/realtime';
import { expectError, expectJson } from '../companies/test/api';

const NO_FILTERS = { q: '', visitor: '', from: null, to: null, status: '', rating: '', cursor: '' } as const;

describe("one visitor's data (GDPR)", () => {
  it('exports everything the company holds about a visitor, then erases it and nothing of anyone else', async () => {
    const company = await setupCompany({ operators: 2 });
    const op = await connectOperator(company, company.owner);
    const asked = await connectVisitor(company);
    const { chatId } = await visitorSays(asked, 'My address is 1 Main St');
    await op.next('chat');
    const other = await connectVisitor(company);
    const { chatId: otherChat } = await visitorSays(other, 'Unrelated');
    await db()
      .insert(offlineMessages)
      .values({
        id: `om-${asked.visitorId}`,
        companyId: company.id,
        visitorId: asked.visitorId,
        email: 'asked@example.test',
        theme: 'Earlier',
        message: 'Call me back',
        deliveryStatus: 'sent',
        createdAt: new Date(),
      });
    // Another of their tabs, browsing with no chat open, is on the visitor's gateway.
    const idleTab = await connectVisitor(company, { as: 'idle', visitorId: asked.visitorId });
    const path = `/api/companies/${company.id}/visitors/${asked.visitorId}`;

    const res = await apiFetch(`${path}/export`, { user: company.owner });
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="visitor-${asked.visitorId}.json"`);
    const exported = await expectJson(res, 200);
    expect(exported.visitorId).toBe(asked.visitorId);
    expect(exported.room.chats.map((c: { id: string }) => c.id)).toEqual([chatId]);
    expect(exported.room.chats[0].messages.map((m: { text: string }) => m.text)).toEqual([
      'My address is 1 Main St',
      'Owner joined the chat.',
    ]);
    expect(exported.offlineMessages.map((m: { message: string }) => m.message)).toEqual(['Call me back']);
    await expectError(await apiFetch(`${path}/export`, { user: company.operators[1]! }), 403, 'forbidden');
    await expectError(
      await apiFetch(`/api/companies/${company.id}/visitors/not%20an%20id/export`, { user: company.owner }),
      400,
      'invalid_input',
    );

    expect((await apiFetch(path, { method: 'DELETE', user: company.owner })).status).toBe(204);
    // The open chat ends and the visitor's tabs are closed; their data is gone, the other visitor's stays.
    expect(await asked.closed).toBe(4403);
    expect(await idleTab.closed).toBe(4403);
    expect((await roomOf(company).history(NO_FILTERS)).chats.map((c) => c.id)).toEqual([otherChat]);
    await expectError(await apiFetch(`${path}/export`, { user: company.owner }), 404, 'not_found');
    await expectError(await apiFetch(path, { method: 'DELETE', user: company.owner }), 404, 'not_found');
    await visitorSays(other, 'Still here');
  });
});
