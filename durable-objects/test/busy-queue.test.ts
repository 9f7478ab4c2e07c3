import { runInDurableObject } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHAT_DURATION_MS } from '../../common/routing/wait-estimate';
import { companies } from '../../db/schema';
import { apiFetch, db } from '../../test/helpers';
import {
  connectOperator,
  connectVisitor,
  roomOf,
  setAvailabilityGap,
  setupCompany,
  type TestCompany,
  visitorSays,
} from '../../test/realtime';
import type { CompanyRoom } from '../company-room';
import type { Dispatcher } from '../room/dispatcher';

const DEFAULT_WAIT = DEFAULT_CHAT_DURATION_MS / 1000;

/** An operator with room for one chat, and a first visitor in that chat: every later visitor meets a busy company. */
async function busyCompany(opts: Parameters<typeof setupCompany>[0] = {}) {
  const company = await setupCompany({ maxChats: 1, ...opts });
  const op = await connectOperator(company, company.owner);
  const first = await connectVisitor(company);
  const firstChat = await visitorSays(first, 'first');
  await op.next('chat');
  return { company, op, first, firstChatId: firstChat.chatId };
}

/** Chats that ended before the test, lasting `durations` (ms) from their assignment: the room's recent average. */
async function finishedChats(company: TestCompany, durations: number[]): Promise<void> {
  // Recent ones: chats past the retention period would go with the room's next alarm.
  const start = Date.now() - 3_600_000;
  await runInDurableObject(roomOf(company), (_, state) => {
    durations.forEach((ms, i) => {
      state.storage.sql.exec(
        `INSERT INTO chats (id, visitor_id, status, language, visitor, created_at, assigned_at, closed_at) VALUES (?, 'v-old', 'closed', 'en', '{}', ?, ?, ?)`,
        `old-${i}`,
        start,
        start,
        start + ms,
      );
    });
  });
}

/** The room's dispatcher, to run the availability push the gap's timer would run. */
const dispatcherOf = (room: CompanyRoom) => (room as unknown as { dispatcher: Dispatcher }).dispatcher;

async function setBusy(company: TestCompany, values: Partial<typeof companies.$inferInsert>): Promise<void> {
  await db().update(companies).set(values).where(eq(companies.id, company.id));
  await roomOf(company).configChanged('settings');
}

describe('three availability states (F10)', () => {
  it('pushes offline, free, busy (with the queue and the wait) and free again to an idle widget', async () => {
    const company = await setupCompany({ maxChats: 1 });
    const idle = await connectVisitor(company);
    expect(idle.welcome.availability).toEqual({ state: 'offline', available: false, offlineForm: true });
    const op = await connectOperator(company, company.owner);
    expect(await idle.next('availability')).toEqual({ type: 'availability', state: 'free', available: true, offlineForm: true });

    const talker = await connectVisitor(company);
    const { chatId } = await visitorSays(talker, 'hello');
    await op.next('chat');
    expect(await idle.next('availability')).toEqual({
      type: 'availability',
      state: 'busy',
      available: true,
      offlineForm: true,
      queueLength: 0,
      waitEstimateSeconds: DEFAULT_WAIT,
    });
    op.send({ type: 'close', chatId });
    expect(await idle.next('availability')).toMatchObject({ state: 'free', available: true });
    // Only queued visitors are told positions.
    await idle.roundTrip();
    expect(idle.all('queued')).toEqual([]);
  });

  it('queues a visitor who arrives while busy, tells them their place and wait, and assigns them in order as capacity frees', async () => {
    const { company, op, first, firstChatId } = await busyCompany();
    const second = await connectVisitor(company);
    expect(second.welcome.availability).toMatchObject({
      state: 'busy',
      available: true,
      queueLength: 0,
      waitEstimateSeconds: DEFAULT_WAIT,
    });
    const ack2 = await visitorSays(second, 'am I next?');
    expect(await second.next('queued')).toEqual({ type: 'queued', chatId: ack2.chatId, position: 1, waitEstimateSeconds: DEFAULT_WAIT });
    const third = await connectVisitor(company);
    expect(third.welcome.availability).toMatchObject({ state: 'busy', queueLength: 1, waitEstimateSeconds: 2 * DEFAULT_WAIT });
    const ack3 = await visitorSays(third, 'and me?');
    expect(await third.next('queued')).toEqual({ type: 'queued', chatId: ack3.chatId, position: 2, waitEstimateSeconds: 2 * DEFAULT_WAIT });
    // A reload of a queued visitor shows the place and the wait.
    const secondAgain = await connectVisitor(company, { visitorId: second.visitorId });
    expect(secondAgain.welcome.chat).toMatchObject({ status: 'queued', queuePosition: 1, waitEstimateSeconds: DEFAULT_WAIT });

    op.send({ type: 'close', chatId: firstChatId });
    await first.next('closed');
    expect((await second.next('assigned')).chatId).toBe(ack2.chatId);
    expect((await op.next('chat')).chat.id).toBe(ack2.chatId);
    expect(await third.next('queued')).toMatchObject({ chatId: ack3.chatId, position: 1 });
  });

  it('caps the queue at the company setting: past it busy offers no chat and a new chat gets the offline form', async () => {
    const { company } = await busyCompany({ maxQueueLength: 1 });
    const idle = await connectVisitor(company);
    expect(idle.welcome.availability).toMatchObject({ state: 'busy', available: true });
    const waiting = await connectVisitor(company);
    await visitorSays(waiting, 'queue me');
    expect((await waiting.next('queued')).position).toBe(1);
    expect(await idle.next('availability')).toMatchObject({ state: 'busy', available: false, offlineForm: true, queueLength: 1 });
    const late = await connectVisitor(company);
    const ack = await visitorSays(late, 'me too');
    expect(await late.next('closed')).toEqual({
      type: 'closed',
      chatId: ack.chatId,
      by: 'system',
      reason: 'no_operator',
      offlineForm: true,
      rate: false,
    });

    // A larger cap takes effect at once.
    await setBusy(company, { maxQueueLength: 5 });
    expect(await idle.next('availability')).toMatchObject({ state: 'busy', available: true });
  });

  it("applies the owner's change of the busy setting to open widgets at once", async () => {
    const { company } = await busyCompany();
    const idle = await connectVisitor(company);
    expect(idle.welcome.availability).toMatchObject({ state: 'busy', available: true });
    const res = await apiFetch(`/api/companies/${company.id}`, { method: 'PATCH', body: { busyBehaviour: 'hide' }, user: company.owner });
    expect(res.status).toBe(200);
    expect(await idle.next('availability')).toMatchObject({ state: 'busy', available: false });
  });

  it('with offline_form, a busy widget offers the offline form and new chats do not queue', async () => {
    const { company } = await busyCompany({ busyBehaviour: 'offline_form' });
    const visitor = await connectVisitor(company);
    expect(visitor.welcome.availability).toMatchObject({ state: 'busy', available: false, offlineForm: true });
    const ack = await visitorSays(visitor, 'anyone?');
    expect(await visitor.next('closed')).toMatchObject({ chatId: ack.chatId, reason: 'no_operator', offlineForm: true });
  });

  it('with hide, a busy widget offers nothing, as in the seed, but a chat started at that instant still queues', async () => {
    const { company } = await busyCompany({ busyBehaviour: 'hide', offlineForm: false });
    const visitor = await connectVisitor(company);
    expect(visitor.welcome.availability).toMatchObject({ state: 'busy', available: false, offlineForm: false });
    await visitorSays(visitor, 'typed before it hid');
    expect((await visitor.next('queued')).position).toBe(1);
  });

  it('estimates the wait from the recent chat lengths and the serving capacity', async () => {
    const company = await setupCompany({ operators: 2, maxChats: 1 });
    // Two finished chats of 1 and 3 minutes: the average is 2 minutes.
    await finishedChats(company, [60_000, 180_000]);
    const ops = await Promise.all(company.operators.map((u) => connectOperator(company, u)));
    for (const text of ['one', 'two']) {
      const v = await connectVisitor(company);
      await visitorSays(v, text);
      await v.next('assigned');
    }
    // Two slots, each freeing about every 2 minutes: a new chat waits about 1 minute, the next 2.
    const waiting = await connectVisitor(company);
    expect(waiting.welcome.availability).toMatchObject({ state: 'busy', waitEstimateSeconds: 60 });
    await visitorSays(waiting, 'three');
    expect(await waiting.next('queued')).toMatchObject({ position: 1, waitEstimateSeconds: 60 });
    const idle = await connectVisitor(company);
    expect(idle.welcome.availability).toMatchObject({ state: 'busy', queueLength: 1, waitEstimateSeconds: 120 });
    for (const op of ops) op.close();
  });
});

describe('availability pushes to idle widgets (F10)', () => {
  it('hold a change inside the gap and send it once at its end, with what is current then', async () => {
    const company = await setupCompany({ availabilityGapMs: 60 * 60_000 });
    const idle = await connectVisitor(company);
    const op = await connectOperator(company, company.owner);
    // The first change after a quiet gap goes out at once.
    expect(await idle.next('availability')).toMatchObject({ state: 'free' });
    op.send({ type: 'status', status: 'away' });
    await op.next('status');
    op.send({ type: 'status', status: 'online' });
    await op.next('status');
    op.send({ type: 'status', status: 'away' });
    await op.next('status');
    await idle.roundTrip();
    expect(idle.all('availability')).toHaveLength(1);
    // The gap's end (its timer, run here at once) sends the current state, once.
    await runInDurableObject(roomOf(company), (room: CompanyRoom) => dispatcherOf(room).pushAvailability(Date.now() + 60 * 60_000));
    expect(await idle.next('availability')).toMatchObject({ state: 'offline', available: false });
    await idle.roundTrip();
    expect(idle.all('availability')).toHaveLength(2);
  });

  it('send a change held in the gap by themselves when the gap ends', async () => {
    const company = await setupCompany();
    await setAvailabilityGap(company, 200);
    const idle = await connectVisitor(company);
    const op = await connectOperator(company, company.owner);
    expect(await idle.next('availability')).toMatchObject({ state: 'free' });
    op.send({ type: 'status', status: 'away' });
    expect(await idle.next('availability')).toMatchObject({ state: 'offline' });
  });

  it('tell widgets nothing when only the queue length moved', async () => {
    const company = await setupCompany({ maxChats: 1 });
    // Short chats: each queued chat adds 10 s to the wait, less than the minute that is news.
    await finishedChats(company, [10_000]);
    const op = await connectOperator(company, company.owner);
    await visitorSays(await connectVisitor(company), 'first');
    await op.next('chat');
    const idle = await connectVisitor(company);
    expect(idle.welcome.availability).toMatchObject({ state: 'busy', queueLength: 0, waitEstimateSeconds: 10 });
    const waiting = await connectVisitor(company);
    await visitorSays(waiting, 'queue me');
    await waiting.next('queued');
    await idle.roundTrip();
    expect(idle.all('availability')).toEqual([]);
  });
});
