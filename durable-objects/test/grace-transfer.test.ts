import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { OPERATOR_GRACE_MS } from '../../common/protocol';
import { connectOperator, connectVisitor, operatorSays, roomOf, setupCompany, visitorSays } from '../../test/realtime';

/** Moves every running grace period into the past, as if 30 s went by. */
async function graceRunsOut(company: { id: string }): Promise<void> {
  await runInDurableObject(roomOf(company), (_, state) => {
    state.storage.sql.exec(`UPDATE chats SET grace_until = ? WHERE grace_until IS NOT NULL`, Date.now() - 1);
  });
}

async function alarmAt(company: { id: string }): Promise<number | null> {
  return runInDurableObject(roomOf(company), (_, state) => state.storage.getAlarm());
}

describe('operator disconnect and grace (F10)', () => {
  it('moves the chat with its history to another free operator once the grace period ends', async () => {
    const company = await setupCompany({ operators: 2 });
    const a = await connectOperator(company, company.operators[0]!);
    const visitor = await connectVisitor(company);
    const ack = await visitorSays(visitor, 'help me');
    await visitor.next('assigned');
    await operatorSays(a, ack.chatId, 'sure');
    const b = await connectOperator(company, company.operators[1]!);

    const before = Date.now();
    a.close();
    await b.until(
      (f) => f.type === 'presence' && f.operators.some((o) => o.operatorId === company.operators[0]!.id && o.status === 'offline'),
    );
    const alarm = await alarmAt(company);
    expect(alarm).toBeGreaterThanOrEqual(before + OPERATOR_GRACE_MS - 1000);
    // Nothing moves during the grace period.
    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);
    await b.roundTrip();
    expect(b.all('chat')).toHaveLength(0);

    await graceRunsOut(company);
    await runDurableObjectAlarm(roomOf(company)).catch(() => false);
    const moved = await b.next('chat');
    expect(moved.chat.id).toBe(ack.chatId);
    // Its history moves with it, and says who took it over.
    expect(moved.chat.messages.map((m) => [m.seq, m.text])).toEqual([
      [1, 'help me'],
      [2, 'Owner joined the chat.'],
      [3, 'sure'],
      [4, 'The chat moved to Operator 1.'],
    ]);
    expect((await visitor.next('assigned')).operator.id).toBe(company.operators[1]!.id);
    expect((await visitor.next('message')).message).toMatchObject({
      seq: 4,
      author: 'system',
      event: { kind: 'moved', name: 'Operator 1' },
    });
    await operatorSays(b, ack.chatId, 'I am taking over');
    expect((await visitor.next('message')).message).toMatchObject({ seq: 5, operatorId: company.operators[1]!.id });
  });

  it('keeps the chat with an operator who reconnects within the grace period', async () => {
    const company = await setupCompany({ operators: 2 });
    const a = await connectOperator(company, company.operators[0]!);
    const visitor = await connectVisitor(company);
    const ack = await visitorSays(visitor, 'hello');
    await a.next('chat');
    const b = await connectOperator(company, company.operators[1]!);
    a.close();
    // The room has handled the drop (the grace period started) once a colleague sees them offline.
    await b.until(
      (f) => f.type === 'presence' && f.operators.some((o) => o.operatorId === company.operators[0]!.id && o.status === 'offline'),
    );
    const again = await connectOperator(company, company.operators[0]!);
    expect(again.welcome.chats.map((c) => c.id)).toEqual([ack.chatId]);
    await graceRunsOut(company);
    await runDurableObjectAlarm(roomOf(company));
    await visitorSays(visitor, 'still you?');
    expect((await again.next('message')).message.text).toBe('still you?');
    expect(visitor.all('assigned')).toHaveLength(1);
  });

  it('tells the visitor and offers the offline form when nobody can take over', async () => {
    const company = await setupCompany();
    const a = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const ack = await visitorSays(visitor, 'hello');
    await a.next('chat');
    a.close();
    await visitor.until((f) => f.type === 'availability' && !f.available);
    await graceRunsOut(company);
    await runDurableObjectAlarm(roomOf(company));
    expect(await visitor.next('closed')).toEqual({
      type: 'closed',
      chatId: ack.chatId,
      by: 'system',
      reason: 'operator_lost',
      offlineForm: true,
      // An operator had answered, so the visitor may still rate the chat.
      rate: true,
    });
  });
});

describe('transfer (F10)', () => {
  it('hands a chat to a colleague with its history, and refuses an operator who is not connected', async () => {
    const company = await setupCompany({ operators: 3 });
    const a = await connectOperator(company, company.operators[0]!);
    const visitor = await connectVisitor(company);
    const ack = await visitorSays(visitor, 'question');
    await a.next('chat');
    a.send({ type: 'transfer', chatId: ack.chatId, toOperatorId: company.operators[2]!.id });
    expect(await a.next('error')).toMatchObject({ code: 'transfer_refused' });

    const b = await connectOperator(company, company.operators[1]!, { status: 'away' });
    a.send({ type: 'transfer', chatId: ack.chatId, toOperatorId: company.operators[1]!.id });
    expect(await a.next('unassigned')).toEqual({ type: 'unassigned', chatId: ack.chatId, reason: 'transferred' });
    const got = await b.next('chat');
    expect(got.chat.messages.map((m) => m.text)).toEqual(['question', 'Owner joined the chat.', 'The chat moved to Operator 1.']);
    await visitor.until((f) => f.type === 'assigned' && f.operator.id === company.operators[1]!.id);
    // The previous operator can no longer write into it.
    a.send({ type: 'message', chatId: ack.chatId, clientId: 'late', text: 'mine?' });
    expect(await a.next('error')).toMatchObject({ code: 'unknown_chat', ref: 'message' });
  });
});
