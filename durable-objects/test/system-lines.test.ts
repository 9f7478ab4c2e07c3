import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import type { ChatEvent } from '../../common/reports/events';
import { chatEvents } from '../../db/schema';
import { db } from '../../test/helpers';
import { connectOperator, connectVisitor, roomOf, setupCompany, visitorSays } from '../../test/realtime';
import { ChatStore } from '../room/chat-store';

const VISITOR = { page: { url: 'https://shop.example/', title: 'Shop', referrer: '' }, userAgent: 'TestBrowser/1.0' };

/** The chat's `assigned` events wherever they are now: the room's outbox, or D1 once flushed. */
async function assignedEvents(company: { id: string }, chatId: string): Promise<string[]> {
  const outbox = await runInDurableObject(roomOf(company), (_, state) =>
    state.storage.sql
      .exec<{ data: string }>(`SELECT data FROM chat_events WHERE chat_id = ?`, chatId)
      .toArray()
      .map((r) => JSON.parse(r.data) as ChatEvent),
  );
  const flushed = await db()
    .select()
    .from(chatEvents)
    .where(and(eq(chatEvents.companyId, company.id), eq(chatEvents.chatId, chatId)));
  const ids = new Set(
    [...outbox, ...flushed.map((r) => JSON.parse(r.data) as ChatEvent)].filter((e) => e.kind === 'assigned').map((e) => e.id),
  );
  return [...ids].sort();
}

/** The chat's stored system lines in order, with the event each points at. */
function systemRows(company: { id: string }, chatId: string) {
  return runInDurableObject(roomOf(company), (_, state) =>
    state.storage.sql
      .exec<{ event_id: string | null; text: string }>(
        `SELECT event_id, text FROM messages WHERE chat_id = ? AND author = 'system' ORDER BY seq`,
        chatId,
      )
      .toArray()
      .map((r) => ({ eventId: r.event_id, text: r.text })),
  );
}

/** Every `assigned` event has exactly one system line pointing at it and every line points at one; returns the lines' texts. */
async function linesMatchAssignments(company: { id: string }, chatId: string): Promise<string[]> {
  const assigned = await assignedEvents(company, chatId);
  const rows = await systemRows(company, chatId);
  expect(rows.map((r) => r.eventId).sort()).toEqual(assigned);
  return rows.map((r) => r.text);
}

async function restartRoom(company: { id: string }): Promise<void> {
  await runInDurableObject(roomOf(company), (_, state) => state.abort('test restart')).catch(() => undefined);
}

describe('system lines come from the chat lifecycle events', () => {
  it('gives each assignment one line, across a transfer, a restart, a flush and a reassignment after the grace', async () => {
    const company = await setupCompany({ operators: 2 });
    const [owner, colleague] = [company.operators[0]!, company.operators[1]!];
    const a = await connectOperator(company, owner);
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'help me');
    await a.next('chat');
    expect((await visitor.next('message')).message).toMatchObject({
      author: 'system',
      operatorId: owner.id,
      text: 'Owner joined the chat.',
      event: { kind: 'joined', name: 'Owner' },
    });
    expect(await linesMatchAssignments(company, chatId)).toEqual(['Owner joined the chat.']);

    // A restart keeps the line with its event, and writes no second one.
    await restartRoom(company);
    await Promise.all([a.closed, visitor.closed]);
    const a2 = await connectOperator(company, owner);
    const visitor2 = await connectVisitor(company, { visitorId: visitor.visitorId, resume: { chatId, lastSeq: 2 } });
    expect(a2.welcome.chats.map((c) => c.id)).toEqual([chatId]);
    expect(await linesMatchAssignments(company, chatId)).toEqual(['Owner joined the chat.']);

    const b = await connectOperator(company, colleague);
    a2.send({ type: 'transfer', chatId, toOperatorId: colleague.id });
    await b.next('chat');
    expect((await visitor2.next('message')).message).toMatchObject({
      author: 'system',
      operatorId: colleague.id,
      event: { kind: 'moved', name: 'Operator 1' },
    });
    expect(await linesMatchAssignments(company, chatId)).toEqual(['Owner joined the chat.', 'The chat moved to Operator 1.']);

    // Flushed to D1, the events still match their lines one for one.
    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);
    expect(await linesMatchAssignments(company, chatId)).toEqual(['Owner joined the chat.', 'The chat moved to Operator 1.']);

    // The colleague goes; once their grace runs out the chat moves back to the owner, who had it before.
    b.close();
    await a2.until((f) => f.type === 'presence' && f.operators.some((o) => o.operatorId === colleague.id && o.status === 'offline'));
    // An alarm that runs after the grace was moved into the past hands the chat over. The runtime
    // may be in the middle of an alarm of its own that started before (and so finds nothing due,
    // and leaves none for runDurableObjectAlarm to run): then the next round does it.
    while (!a2.all('chat').some((f) => f.chat.id === chatId)) {
      await runInDurableObject(roomOf(company), (_, state) => {
        state.storage.sql.exec(`UPDATE chats SET grace_until = ? WHERE grace_until IS NOT NULL`, Date.now() - 1);
      });
      await runDurableObjectAlarm(roomOf(company));
      await a2.roundTrip();
    }
    expect((await a2.next('chat')).chat.id).toBe(chatId);
    expect((await visitor2.next('message')).message).toMatchObject({ event: { kind: 'moved', name: 'Owner' } });
    expect(await linesMatchAssignments(company, chatId)).toEqual([
      'Owner joined the chat.',
      'The chat moved to Operator 1.',
      'The chat moved to Owner.',
    ]);
  });

  it('writes the line in the transaction of its event: a failure leaves neither, nor the chat changed', async () => {
    await runInDurableObject(roomOf({ id: `sys-${randomId()}` }), (_, state) => {
      const store = new ChatStore(state.storage);
      store.createChat({ id: 'c1', visitorId: 'v1', language: 'en', category: null, visitor: VISITOR, now: 1, test: false });
      const kinds = () =>
        state.storage.sql
          .exec<{ data: string }>(`SELECT data FROM chat_events WHERE chat_id = 'c1' ORDER BY rowid`)
          .toArray()
          .map((r) => (JSON.parse(r.data) as ChatEvent).kind);
      const failingName = () => {
        throw new Error('names unavailable');
      };
      expect(() => store.assign('c1', 'op1', 2, failingName)).toThrow('names unavailable');
      expect(kinds()).toEqual(['started']);
      expect(store.chat('c1')).toMatchObject({ status: 'queued', operatorId: null });
      expect(store.messages.timeline('c1')).toEqual([]);

      const [line] = store.assign('c1', 'op1', 3, () => 'Ann');
      expect(kinds()).toEqual(['started', 'assigned']);
      expect(line).toMatchObject({ seq: 1, author: 'system', operatorId: 'op1', text: 'Ann joined the chat.' });
      expect(store.messages.timeline('c1')).toEqual([line]);
    });
  });
});
