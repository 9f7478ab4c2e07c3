import { describe, expect, it } from 'vitest';
import { connectOperator, connectVisitor, setupCompany, visitorSays } from '../../test/realtime';

describe('presence and availability (F9, F10)', () => {
  it('tells every visitor at once when a free operator comes, goes away, returns and leaves', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company);
    expect(visitor.welcome.availability.available).toBe(false);

    const op = await connectOperator(company, company.owner);
    expect((await visitor.next('availability')).available).toBe(true);
    op.send({ type: 'status', status: 'away' });
    expect(await op.next('status')).toEqual({ type: 'status', status: 'away' });
    expect((await visitor.next('availability')).available).toBe(false);
    op.send({ type: 'status', status: 'online' });
    expect((await visitor.next('availability')).available).toBe(true);
    op.close();
    expect((await visitor.next('availability')).available).toBe(false);
    visitor.close();
  });

  it('counts an operator online while any of their tabs is online', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company);
    const tab1 = await connectOperator(company, company.owner);
    expect((await visitor.next('availability')).available).toBe(true);
    const tab2 = await connectOperator(company, company.owner, { status: 'away' });
    tab1.close();
    expect((await visitor.next('availability')).available).toBe(false);
    tab2.send({ type: 'status', status: 'online' });
    expect((await visitor.next('availability')).available).toBe(true);
    await tab2.until((f) => f.type === 'presence' && f.operators.some((o) => o.operatorId === company.owner.id && o.status === 'online'));
    tab2.close();
    visitor.close();
  });

  it('judges availability per language and category', async () => {
    const company = await setupCompany({ languages: ['en', 'uk'], categories: ['Sales', 'Support'] });
    const [sales, support] = company.categoryIds as [string, string];
    const { setDestinations, roomOf } = await import('../../test/realtime');
    await setDestinations(company, company.owner, ['uk'], [sales]);
    await roomOf(company).configChanged('destinations');
    await connectOperator(company, company.owner);
    expect((await connectVisitor(company, { language: 'uk', category: sales })).welcome.availability.available).toBe(true);
    expect((await connectVisitor(company, { language: 'uk', category: support })).welcome.availability.available).toBe(false);
    expect((await connectVisitor(company, { language: 'en', category: sales })).welcome.availability.available).toBe(false);
    const picking = await connectVisitor(company, { language: 'uk' });
    expect(picking.welcome.availability.available).toBe(true);
    picking.send({ type: 'update', category: support });
    expect((await picking.next('availability')).available).toBe(false);
    // With categories on, a chat can't start before a category is picked.
    const noCategory = await connectVisitor(company, { language: 'uk' });
    noCategory.send({ type: 'message', clientId: 'x1', text: 'hi' });
    expect(await noCategory.next('error')).toMatchObject({ code: 'category_required', ref: 'message' });
  });

  it('keeps an operator beyond the plan limit from going online', async () => {
    const company = await setupCompany({ operators: 2, planOperators: 1 });
    const second = await connectOperator(company, company.operators[1]!);
    expect(second.welcome.status).toBe('away');
    expect(await second.next('error')).toMatchObject({ code: 'operator_limit' });
    second.send({ type: 'status', status: 'online' });
    expect(await second.next('error')).toMatchObject({ code: 'operator_limit', ref: 'status' });
    expect(await second.next('status')).toEqual({ type: 'status', status: 'away' });
    const owner = await connectOperator(company, company.owner);
    expect(owner.welcome.status).toBe('online');
  });
});

describe('routing and the queue (F10)', () => {
  it('spreads chats by fewest active chats, never over capacity, then queues first come first served', async () => {
    const company = await setupCompany({ operators: 2, maxChats: 1 });
    const a = await connectOperator(company, company.operators[0]!);
    const b = await connectOperator(company, company.operators[1]!);
    const v1 = await connectVisitor(company);
    await visitorSays(v1, 'one');
    const v2 = await connectVisitor(company);
    await visitorSays(v2, 'two');
    const owners = [(await v1.next('assigned')).operator.id, (await v2.next('assigned')).operator.id];
    expect(new Set(owners).size).toBe(2);
    // Both operators are full now: busy, the widget still offers the chat, and new chats queue in order.
    expect(await v1.next('availability')).toMatchObject({ state: 'busy', available: true, queueLength: 0 });
    const v3 = await connectVisitor(company);
    const v4 = await connectVisitor(company);
    const c3 = await visitorSays(v3, 'three');
    expect(await v3.next('queued')).toMatchObject({ type: 'queued', chatId: c3.chatId, position: 1 });
    const c4 = await visitorSays(v4, 'four');
    expect(await v4.next('queued')).toMatchObject({ type: 'queued', chatId: c4.chatId, position: 2 });
    await a.until((f) => f.type === 'queue' && f.length === 2);

    // Closing one chat frees capacity: the first in the queue gets it, the second moves up.
    const chatOfA = a.all('chat')[0]!.chat;
    a.send({ type: 'close', chatId: chatOfA.id });
    expect((await v3.next('assigned')).operator.id).toBe(company.operators[0]!.id);
    const next = await a.next('chat');
    expect(next.chat.id).toBe(c3.chatId);
    expect(next.chat.messages.map((m) => m.text)).toEqual(['three', 'Owner joined the chat.']);
    expect(await v4.next('queued')).toMatchObject({ type: 'queued', chatId: c4.chatId, position: 1 });
    // A reload of a queued visitor shows its position.
    const v4again = await connectVisitor(company, { visitorId: v4.visitorId });
    expect(v4again.welcome.chat).toMatchObject({ id: c4.chatId, status: 'queued', queuePosition: 1 });
    for (const s of [a, b, v1, v2, v3, v4, v4again]) s.close();
  });

  it('assigns to the longest idle operator when loads are equal, and stops new chats to away operators only', async () => {
    const company = await setupCompany({ operators: 2 });
    const a = await connectOperator(company, company.operators[0]!);
    const b = await connectOperator(company, company.operators[1]!);
    const v1 = await connectVisitor(company);
    await visitorSays(v1, 'first');
    const first = (await v1.next('assigned')).operator.id;
    const otherTab = first === company.operators[0]!.id ? b : a;
    const firstTab = otherTab === a ? b : a;
    const firstChat = (await firstTab.next('chat')).chat;
    // The other operator has fewer chats: the second chat goes there.
    const v2 = await connectVisitor(company);
    await visitorSays(v2, 'second');
    expect((await v2.next('assigned')).operator.id).not.toBe(first);
    // Away: no new chats, but the current one goes on.
    firstTab.send({ type: 'status', status: 'away' });
    await firstTab.next('status');
    const v3 = await connectVisitor(company);
    await visitorSays(v3, 'third');
    expect((await v3.next('assigned')).operator.id).not.toBe(first);
    await visitorSays(v1, 'still here');
    expect((await firstTab.next('message')).chatId).toBe(firstChat.id);
  });

  it('offers the offline form when no operator serves the visitor at all', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company);
    const ack = await visitorSays(visitor, 'anyone?');
    expect(await visitor.next('closed')).toEqual({
      type: 'closed',
      chatId: ack.chatId,
      by: 'system',
      reason: 'no_operator',
      offlineForm: true,
      rate: false,
    });
  });
});
