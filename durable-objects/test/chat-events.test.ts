import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type VisitorClientFrame, type VisitorServerFrame } from '../../common/protocol';
import { aggregate } from '../../common/reports/aggregate';
import { chatFacts } from '../../common/reports/chat-facts';
import type { ChatEvent } from '../../common/reports/events';
import { chatEvents, chatFacts as chatFactsTable } from '../../db/schema';
import { db, ORIGIN } from '../../test/helpers';
import {
  connectOperator,
  connectVisitor,
  openWidget,
  operatorSays,
  roomOf,
  setupCompany,
  TestSocket,
  testVisitorSecret,
  visitorSays,
} from '../../test/realtime';
import { ChatEventLog } from '../room/chat-events';
import { flushEvents } from '../room/event-flush';

/** The room's outbox: events recorded and not yet in D1. */
function outbox(company: { id: string }): Promise<ChatEvent[]> {
  return runInDurableObject(roomOf(company), (_, state) =>
    state.storage.sql
      .exec<{ data: string }>(`SELECT data FROM chat_events ORDER BY rowid`)
      .toArray()
      .map((r) => JSON.parse(r.data) as ChatEvent),
  );
}

async function stored(company: { id: string }): Promise<ChatEvent[]> {
  const rows = await db().select().from(chatEvents).where(eq(chatEvents.companyId, company.id)).orderBy(asc(chatEvents.at));
  return rows.map((r) => JSON.parse(r.data) as ChatEvent);
}

/** D1's facts rows of the company, as chatFacts gives them (without the company). */
async function storedFacts(company: { id: string }) {
  const rows = await db()
    .select()
    .from(chatFactsTable)
    .where(eq(chatFactsTable.companyId, company.id))
    .orderBy(asc(chatFactsTable.startedAt));
  return rows.map(({ companyId: _, ...facts }) => facts);
}

const kinds = (events: ChatEvent[], chatId: string) => events.filter((e) => e.chatId === chatId).map((e) => e.kind);

describe('chat lifecycle events (F22)', () => {
  it('records each change with it, and the alarm moves them to D1', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'Hello?');
    await op.next('chat');
    // Acknowledged means stored: the events of the start and the assignment are in the outbox already.
    expect(kinds(await outbox(company), chatId)).toEqual(['started', 'assigned']);
    await operatorSays(op, chatId, 'Hi! How can I help?');
    await operatorSays(op, chatId, 'Still there?');
    visitor.send({ type: 'close' });
    await visitor.until((f) => f.type === 'closed' && f.chatId === chatId);
    const recorded = await outbox(company);
    expect(kinds(recorded, chatId)).toEqual(['started', 'assigned', 'first_reply', 'closed']);
    expect(recorded.at(-1)).toMatchObject({ kind: 'closed', by: 'visitor', operatorId: company.owner.id });
    // The rating is recorded with it, once: a second one is refused and records nothing.
    visitor.send({ type: 'rate', chatId, rating: 'bad', comment: '' });
    await visitor.next('rated');
    visitor.send({ type: 'rate', chatId, rating: 'good', comment: '' });
    await visitor.next('error');
    recorded.push(...(await outbox(company)).slice(recorded.length));
    expect(kinds(recorded, chatId)).toEqual(['started', 'assigned', 'first_reply', 'closed', 'rated']);
    expect(recorded.at(-1)).toMatchObject({ kind: 'rated', rating: 'bad' });

    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);
    expect(await outbox(company)).toEqual([]);
    const inD1 = await stored(company);
    expect(inD1.map((e) => e.id).sort()).toEqual(recorded.map((e) => e.id).sort());
    const day = new Date(recorded[0]!.at).toISOString().slice(0, 10);
    const report = aggregate(inD1, { timeZone: 'UTC', from: day, to: day });
    expect(report.total).toMatchObject({ chats: 1, missed: 0, firstResponse: { count: 1 }, ratings: { good: 0, bad: 1 } });
    expect(report.operators.map((o) => o.operatorId)).toEqual([company.owner.id]);
  });

  it('records a missed chat with its reason', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'Anyone?');
    await visitor.until((f) => f.type === 'closed' && f.chatId === chatId);
    const recorded = await outbox(company);
    expect(kinds(recorded, chatId)).toEqual(['started', 'missed', 'closed']);
    expect(recorded.find((e) => e.kind === 'missed')).toMatchObject({ reason: 'nobody_online' });
  });

  it('flushes each event once, even when a flush is repeated or the room dies between its two steps', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const first = await connectVisitor(company);
    const a = await visitorSays(first, 'one');
    await op.next('chat');
    await operatorSays(op, a.chatId, 'answer');
    const before = await outbox(company);
    expect(before).toHaveLength(3);

    // The D1 half of a flush without the local acknowledgement: what a crash between the two leaves.
    await runInDurableObject(roomOf(company), async (_, state) => {
      const log = new ChatEventLog(
        state.storage.sql,
        () => 'unused',
        () => {},
      );
      await flushEvents(db(), company.id, { pending: (n) => log.pending(n), acknowledge: () => {} });
    });
    await runInDurableObject(roomOf(company), (_, state) => state.abort('test restart')).catch(() => undefined);
    await Promise.all([first.closed, op.closed]);

    // After the restart the outbox still holds them; the alarm's flush adds nothing twice.
    expect(await outbox(company)).toEqual(before);
    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);
    expect(await outbox(company)).toEqual([]);
    expect((await stored(company)).map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());

    // A room killed before any flush keeps its events too; a second flush of the same ones inserts nothing.
    const op2 = await connectOperator(company, company.owner);
    const second = await connectVisitor(company);
    const b = await visitorSays(second, 'two');
    await op2.next('chat');
    const pending = await outbox(company);
    expect(kinds(pending, b.chatId)).toEqual(['started', 'assigned']);
    await runInDurableObject(roomOf(company), (_, state) => state.abort('test restart')).catch(() => undefined);
    await Promise.all([second.closed, op2.closed]);
    await runInDurableObject(roomOf(company), async (_, state) => {
      const log = new ChatEventLog(
        state.storage.sql,
        () => 'unused',
        () => {},
      );
      expect(await flushEvents(db(), company.id, log)).toBe(pending.length);
      // The ack was lost: the same rows go again.
      for (const e of pending)
        state.storage.sql.exec(
          `INSERT INTO chat_events (id, chat_id, at, data) VALUES (?, ?, ?, ?)`,
          e.id,
          e.chatId,
          e.at,
          JSON.stringify(e),
        );
      expect(await flushEvents(db(), company.id, log)).toBe(pending.length);
    });
    const all = await stored(company);
    expect(all).toHaveLength(before.length + pending.length);
    expect(kinds(all, a.chatId)).toEqual(['started', 'assigned', 'first_reply']);
    expect(kinds(all, b.chatId)).toEqual(['started', 'assigned']);
    // One facts row per chat, what all its stored events add up to, however often they were flushed.
    const facts = await storedFacts(company);
    expect(facts.map((f) => f.chatId)).toEqual([a.chatId, b.chatId]);
    expect(facts).toEqual(chatFacts(all));
    expect(facts[0]).toMatchObject({ operatorId: company.owner.id, firstReplyAt: expect.any(Number), test: false });
  });

  it("marks a chat from the console's Test chat page, and reports leave it out", async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const res = await openWidget(company, ORIGIN, company.owner);
    res.webSocket!.accept();
    const tester = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket!);
    const visitorId = `v-test-${company.owner.id}`;
    tester.send({
      type: 'hello',
      protocol: PROTOCOL_VERSION,
      visitorId,
      visitorSecret: testVisitorSecret(visitorId),
      language: 'en',
      category: null,
      page: { url: `${ORIGIN}/`, title: '', referrer: '' },
    });
    await tester.next('welcome');
    const test = await visitorSays(tester, 'is this thing on?');
    await op.next('chat');
    const visitor = await connectVisitor(company);
    const real = await visitorSays(visitor, 'A real question');
    await op.next('chat');

    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);
    const facts = await storedFacts(company);
    expect(facts.map((f) => [f.chatId, f.test])).toEqual([
      [test.chatId, true],
      [real.chatId, false],
    ]);
    const day = new Date(facts[0]!.startedAt).toISOString().slice(0, 10);
    const report = aggregate(await stored(company), { timeZone: 'UTC', from: day, to: day });
    expect(report.total).toMatchObject({ chats: 1, wait: { count: 1 } });
  });
});
