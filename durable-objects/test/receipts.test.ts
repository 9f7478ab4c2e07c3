import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { type ChatReceipts, RECEIPT_GAP_MS } from '../../common/protocol';
import {
  connectOperator,
  connectVisitor,
  type OperatorSocket,
  operatorSays,
  roomOf,
  setupCompany,
  type TestCompany,
  type VisitorSocket,
  visitorSays,
} from '../../test/realtime';
import type { CompanyRoom } from '../company-room';
import { DAY_MS, RETENTION_BATCH_MS } from '../room/retention';

/** A chat the operator took: the visitor's question (seq 1), "joined" (seq 2) and `replies` operator messages (seq 3…). */
async function talking(company: TestCompany, replies = 1) {
  const op = await connectOperator(company, company.owner);
  const visitor = await connectVisitor(company);
  const { chatId } = await visitorSays(visitor, 'Is it in stock?');
  await op.next('chat');
  for (let i = 0; i < replies; i++) await operatorSays(op, chatId, `Reply ${i + 1}`);
  return { op, visitor, chatId, lastSeq: 2 + replies };
}

/** The next `receipts` frame of the chat whose marks satisfy `match`. */
const receiptsWhere = (s: VisitorSocket | OperatorSocket, chatId: string, match: (r: ChatReceipts) => boolean) =>
  (s as OperatorSocket).until(
    (f): f is Extract<typeof f, { type: 'receipts' }> => f.type === 'receipts' && f.chatId === chatId && match(f),
  );

/** The chat's stored marks row, with `version` counting its writes. */
const storedRow = (company: TestCompany, chatId: string) =>
  runInDurableObject(
    roomOf(company),
    (_, state) => state.storage.sql.exec(`SELECT * FROM chat_receipts WHERE chat_id = ?`, chatId).toArray()[0],
  );

/** Freezes the room's clock (which paces receipt writes) at `at`. */
const setClock = (company: TestCompany, at: number) =>
  runInDurableObject(roomOf(company), (room: CompanyRoom) => {
    room.clock = () => at;
  });

describe('delivered and seen marks (F21)', () => {
  it("relays each side's marks to both sides, moves them only forward, and refuses a seq past the chat's end", async () => {
    const company = await setupCompany({ operators: 2 });
    const { op, visitor, chatId, lastSeq } = await talking(company);
    expect(visitor.welcome.chat).toBeNull();

    // The operator's console got everything and showed the visitor's question.
    op.send({ type: 'receipt', chatId, delivered: lastSeq, seen: 1 });
    const both = { visitor: { delivered: 0, seen: 0 }, operator: { delivered: lastSeq, seen: 1 } };
    expect(await receiptsWhere(visitor, chatId, (r) => r.operator.seen === 1)).toEqual({ type: 'receipts', chatId, ...both });
    expect(await receiptsWhere(op, chatId, (r) => r.operator.seen === 1)).toEqual({ type: 'receipts', chatId, ...both });

    // The widget showed the reply; a seen message counts as delivered too.
    visitor.send({ type: 'receipt', chatId, delivered: 0, seen: lastSeq });
    const seen = await receiptsWhere(op, chatId, (r) => r.visitor.seen === lastSeq);
    expect(seen).toMatchObject({ visitor: { delivered: lastSeq, seen: lastSeq }, operator: both.operator });

    // Older reports (another tab behind this one) change nothing and are not relayed.
    const before = op.all('receipts').length;
    visitor.send({ type: 'receipt', chatId, delivered: 1, seen: 1 });
    op.send({ type: 'receipt', chatId, delivered: 1, seen: 0 });
    await visitor.roundTrip();
    await op.roundTrip();
    expect(op.all('receipts')).toHaveLength(before);

    visitor.send({ type: 'receipt', chatId, delivered: lastSeq + 1, seen: 0 });
    expect(await visitor.next('error')).toMatchObject({ code: 'invalid_seq', ref: 'receipt' });
    op.send({ type: 'receipt', chatId, delivered: 0, seen: lastSeq + 1 });
    expect(await op.next('error')).toMatchObject({ code: 'invalid_seq', ref: 'receipt' });

    // Only the chat's own visitor and operator may report on it.
    const stranger = await connectVisitor(company);
    stranger.send({ type: 'receipt', chatId, delivered: 1, seen: 1 });
    expect(await stranger.next('error')).toMatchObject({ code: 'unknown_chat', ref: 'receipt' });
    const colleague = await connectOperator(company, company.operators[1]!);
    colleague.send({ type: 'receipt', chatId, delivered: 1, seen: 1 });
    expect(await colleague.next('error')).toMatchObject({ code: 'unknown_chat', ref: 'receipt' });
  });

  it("writes a chat's marks at most once a gap: the first at once, the latest when the gap ends (by the alarm or the next report)", async () => {
    const company = await setupCompany();
    const { op, visitor, chatId } = await talking(company, 6);
    const t0 = Date.now();
    await setClock(company, t0);

    // Six reports in the same instant: each is relayed at once, one is written.
    for (let seq = 3; seq <= 8; seq++) {
      visitor.send({ type: 'receipt', chatId, delivered: 8, seen: seq });
      await receiptsWhere(op, chatId, (r) => r.visitor.seen === seq);
    }
    expect(await storedRow(company, chatId)).toMatchObject({ visitor_delivered: 8, visitor_seen: 3, version: 1 });
    // The latest marks wait for the alarm, which the room set for the gap's end.
    const alarm = await runInDurableObject(roomOf(company), (_, state) => state.storage.getAlarm());
    expect(alarm).not.toBeNull();
    expect(alarm!).toBeLessThanOrEqual(t0 + RECEIPT_GAP_MS);

    await setClock(company, t0 + RECEIPT_GAP_MS);
    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);
    expect(await storedRow(company, chatId)).toMatchObject({ visitor_seen: 8, version: 2 });

    // Within the next gap the operator's report waits; a report after the gap writes both at once.
    op.send({ type: 'receipt', chatId, delivered: 8, seen: 1 });
    await receiptsWhere(visitor, chatId, (r) => r.operator.seen === 1);
    expect(await storedRow(company, chatId)).toMatchObject({ operator_seen: 0, version: 2 });
    await setClock(company, t0 + 2 * RECEIPT_GAP_MS);
    op.send({ type: 'receipt', chatId, delivered: 8, seen: 2 });
    await receiptsWhere(visitor, chatId, (r) => r.operator.seen === 2);
    expect(await storedRow(company, chatId)).toMatchObject({ visitor_seen: 8, operator_delivered: 8, operator_seen: 2, version: 3 });
  });

  it("keeps the marks across a restart: the widget's welcome and the console's chat snapshot carry them", async () => {
    const company = await setupCompany();
    const { op, visitor, chatId, lastSeq } = await talking(company);
    const t0 = Date.now();
    await setClock(company, t0);
    visitor.send({ type: 'receipt', chatId, delivered: lastSeq, seen: lastSeq });
    await receiptsWhere(op, chatId, (r) => r.visitor.seen === lastSeq);
    op.send({ type: 'receipt', chatId, delivered: lastSeq, seen: 1 });
    await receiptsWhere(visitor, chatId, (r) => r.operator.seen === 1);
    // The operator's report came inside the gap: the alarm writes it.
    await setClock(company, t0 + RECEIPT_GAP_MS);
    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);

    await runInDurableObject(roomOf(company), (_, state) => state.abort('test restart')).catch(() => undefined);
    await Promise.all([visitor.closed, op.closed]);

    const marks = { visitor: { delivered: lastSeq, seen: lastSeq }, operator: { delivered: lastSeq, seen: 1 } };
    const back = await connectVisitor(company, { visitorId: visitor.visitorId, resume: { chatId, lastSeq } });
    expect(back.welcome.chat).toMatchObject({ id: chatId, messages: [], receipts: marks });
    const console = await connectOperator(company, company.owner, { resume: [{ chatId, lastSeq }] });
    expect(console.welcome.chats).toMatchObject([{ id: chatId, messages: [], receipts: marks }]);

    // Marks never go back, across the restart too.
    back.send({ type: 'receipt', chatId, delivered: 1, seen: 1 });
    await back.roundTrip();
    expect(await storedRow(company, chatId)).toMatchObject({ visitor_seen: lastSeq, operator_seen: 1 });
  });

  it("reach a widget that comes back to a chat that ended meanwhile, and go with the visitor's erasure", async () => {
    const company = await setupCompany();
    const { op, visitor, chatId, lastSeq } = await talking(company);
    op.send({ type: 'receipt', chatId, delivered: lastSeq, seen: 1 });
    await receiptsWhere(visitor, chatId, (r) => r.operator.seen === 1);
    visitor.close();
    op.send({ type: 'close', chatId });
    await op.next('closed');
    // A closed chat still takes marks: the visitor may read the last reply after the end.
    const back = await connectVisitor(company, { visitorId: visitor.visitorId, resume: { chatId, lastSeq: 0 } });
    expect(await back.next('receipts')).toMatchObject({ chatId, operator: { delivered: lastSeq, seen: 1 } });
    await back.next('closed');
    back.send({ type: 'receipt', chatId, delivered: lastSeq, seen: lastSeq });
    await receiptsWhere(op, chatId, (r) => r.visitor.seen === lastSeq);

    await roomOf(company).eraseVisitor(visitor.visitorId);
    expect(await storedRow(company, chatId)).toBeUndefined();
  });

  it("go with their chat when the company's retention removes it", async () => {
    const company = await setupCompany();
    const { op, visitor, chatId, lastSeq } = await talking(company);
    visitor.send({ type: 'receipt', chatId, delivered: lastSeq, seen: lastSeq });
    await receiptsWhere(op, chatId, (r) => r.visitor.seen === lastSeq);
    // A chat's first move is written at once.
    expect(await storedRow(company, chatId)).toMatchObject({ visitor_seen: lastSeq, version: 1 });
    visitor.send({ type: 'close' });
    await visitor.next('closed');

    const filters = { q: '', visitor: '', from: null, to: null, status: '', rating: '', cursor: '' } as const;
    const startedAt = (await roomOf(company).history(filters)).chats.find((c) => c.id === chatId)!.startedAt;
    await setClock(company, startedAt + 365 * DAY_MS + RETENTION_BATCH_MS);
    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);
    expect(await roomOf(company).chat(chatId)).toBeNull();
    expect(await storedRow(company, chatId)).toBeUndefined();
  });
});
