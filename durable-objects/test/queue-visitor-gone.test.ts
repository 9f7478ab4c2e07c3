import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { VISITOR_GRACE_MS } from '../../common/protocol';
import { offlineMessages } from '../../db/schema';
import { db } from '../../test/helpers';
import { connectOperator, connectVisitor, roomOf, setupCompany, type TestCompany, visitorSays } from '../../test/realtime';
import { HANDOVER_THEME } from '../room/contact-handover';

/** Moves the running grace periods of queued chats into the past, as if 30 s went by. */
async function visitorGraceRunsOut(company: TestCompany): Promise<void> {
  await runInDurableObject(roomOf(company), (_, state) => {
    state.storage.sql.exec(`UPDATE chats SET grace_until = ? WHERE status = 'queued' AND grace_until IS NOT NULL`, Date.now() - 1);
  });
}

/**
 * Waits until the room has handled the close of the chat's last visitor tab: the queued chat's
 * grace period is running. Nobody is sent a frame for it, so the room's storage is what tells.
 */
async function visitorGraceStarted(company: TestCompany, chatId: string): Promise<void> {
  await vi.waitFor(
    async () => {
      const graceUntil = await runInDurableObject(
        roomOf(company),
        (_, state) =>
          state.storage.sql.exec<{ grace_until: number | null }>(`SELECT grace_until FROM chats WHERE id = ?`, chatId).one().grace_until,
      );
      expect(graceUntil).not.toBeNull();
    },
    { timeout: 30_000, interval: 20 },
  );
}

/** One operator with room for one chat, busy with a first visitor, and three visitors queued behind. */
async function fullQueue() {
  const company = await setupCompany({ maxChats: 1 });
  const op = await connectOperator(company, company.owner);
  const busy = await connectVisitor(company);
  const busyChat = await visitorSays(busy, 'first');
  await op.next('chat');
  const queued = [];
  for (const text of ['second', 'third', 'fourth']) {
    const v = await connectVisitor(company);
    const ack = await visitorSays(v, text);
    expect((await v.next('queued')).position).toBe(queued.length + 1);
    queued.push(Object.assign(v, { chatId: ack.chatId }));
  }
  await op.until((f) => f.type === 'queue' && f.length === 3);
  return { company, op, busy, busyChatId: busyChat.chatId, queued: queued as [(typeof queued)[0], (typeof queued)[0], (typeof queued)[0]] };
}

describe('a queued visitor who leaves (F10)', () => {
  it('keeps the place during the grace period, then leaves the queue so no operator gets a ghost chat', async () => {
    const { company, op, busyChatId, queued } = await fullQueue();
    const [gone, second, third] = queued;
    const before = Date.now();
    gone.close();
    await visitorGraceStarted(company, gone.chatId);
    const alarm = await runInDurableObject(roomOf(company), (_, state) => state.storage.getAlarm());
    expect(alarm).toBeGreaterThanOrEqual(before + VISITOR_GRACE_MS - 1000);

    // Within the grace nothing moves.
    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);
    await Promise.all([second.roundTrip(), op.roundTrip()]);
    expect(second.all('queued').map((f) => f.position)).toEqual([2]);
    expect(op.all('queue').at(-1)?.length).toBe(3);

    await visitorGraceRunsOut(company);
    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);
    expect(await second.next('queued')).toMatchObject({ type: 'queued', chatId: second.chatId, position: 1 });
    expect(await third.next('queued')).toMatchObject({ type: 'queued', chatId: third.chatId, position: 2 });
    expect(await op.next('queue')).toEqual({ type: 'queue', length: 2 });
    expect(await roomOf(company).chat(gone.chatId)).toMatchObject({ status: 'closed', closedBy: 'system', closeReason: 'visitor_left' });

    // Freed capacity goes to the next visitor who is still there.
    op.send({ type: 'close', chatId: busyChatId });
    expect((await op.next('chat')).chat.id).toBe(second.chatId);
    expect((await second.next('assigned')).chatId).toBe(second.chatId);
  });

  it('lets a visitor who comes back within the grace period keep their place', async () => {
    const { company, op, busyChatId, queued } = await fullQueue();
    const [leaving, second] = queued;
    leaving.close();
    await visitorGraceStarted(company, leaving.chatId);
    const back = await connectVisitor(company, { visitorId: leaving.visitorId, resume: { chatId: leaving.chatId, lastSeq: 1 } });
    expect(back.welcome.chat).toMatchObject({ id: leaving.chatId, status: 'queued', queuePosition: 1 });

    await visitorGraceRunsOut(company);
    await runDurableObjectAlarm(roomOf(company));
    await Promise.all([back.roundTrip(), second.roundTrip()]);
    expect(back.all('closed')).toEqual([]);
    expect(second.all('queued').map((f) => f.position)).toEqual([2]);

    op.send({ type: 'close', chatId: busyChatId });
    expect((await op.next('chat')).chat.id).toBe(leaving.chatId);
    expect((await back.next('assigned')).chatId).toBe(leaving.chatId);
  });

  it('tells a visitor who returns after the grace period that the chat ended', async () => {
    const { company, queued } = await fullQueue();
    const [leaving] = queued;
    leaving.close();
    await visitorGraceStarted(company, leaving.chatId);
    await visitorGraceRunsOut(company);
    await runDurableObjectAlarm(roomOf(company));
    const late = await connectVisitor(company, { visitorId: leaving.visitorId, resume: { chatId: leaving.chatId, lastSeq: 1 } });
    expect(late.welcome.chat).toBeNull();
    expect(await late.next('closed')).toEqual({
      type: 'closed',
      chatId: leaving.chatId,
      by: 'system',
      reason: 'visitor_left',
      offlineForm: true,
      rate: false,
    });
  });

  it('keeps the email a waiting visitor leaves and shows it to the operator who takes the chat', async () => {
    const { company, op, busy, busyChatId, queued } = await fullQueue();
    const [waiting] = queued;
    waiting.send({ type: 'contact', email: ' Me@Example.com ' });
    expect(await waiting.next('contact')).toEqual({ type: 'contact', chatId: waiting.chatId, email: 'me@example.com' });
    const again = await connectVisitor(company, { visitorId: waiting.visitorId });
    expect(again.welcome.chat).toMatchObject({ status: 'queued', contactEmail: 'me@example.com' });
    // Only a waiting chat takes an email.
    busy.send({ type: 'contact', email: 'busy@example.com' });
    expect(await busy.next('error')).toMatchObject({ code: 'unknown_chat', ref: 'contact' });

    op.send({ type: 'close', chatId: busyChatId });
    const { chat } = await op.next('chat');
    expect(chat).toMatchObject({ id: waiting.chatId, visitor: { contactEmail: 'me@example.com' } });
  });

  it('hands the chat of a visitor who left an email and went for good to the offline messages', async () => {
    const { company, queued } = await fullQueue();
    const [leaving, staying] = queued;
    leaving.send({ type: 'contact', email: 'gone@example.com' });
    await leaving.next('contact');
    leaving.close();
    staying.close();
    await Promise.all([visitorGraceStarted(company, leaving.chatId), visitorGraceStarted(company, staying.chatId)]);
    await visitorGraceRunsOut(company);
    await runDurableObjectAlarm(roomOf(company));
    // Only the one who left an email is handed over; both chats ended.
    const handed = await db().select().from(offlineMessages).where(eq(offlineMessages.companyId, company.id));
    expect(handed).toMatchObject([{ email: 'gone@example.com', visitorId: leaving.visitorId, theme: HANDOVER_THEME, message: 'second' }]);
    expect(await roomOf(company).chat(leaving.chatId)).toMatchObject({ status: 'closed', closeReason: 'visitor_left' });
    expect(await roomOf(company).chat(staying.chatId)).toMatchObject({ status: 'closed', closeReason: 'visitor_left' });
  });
});
