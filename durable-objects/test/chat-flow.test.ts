import { describe, expect, it } from 'vitest';
import { connectOperator, connectVisitor, operatorSays, setupCompany, visitorSays } from '../../test/realtime';

describe('chats and messages', () => {
  it('starts a chat with the first message, routes it, and relays messages both ways in order', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    expect(op.welcome.status).toBe('online');
    expect(op.welcome.chats).toEqual([]);

    const visitor = await connectVisitor(company);
    expect(visitor.welcome.availability).toEqual({ state: 'free', available: true, offlineForm: true });
    expect(visitor.welcome.chat).toBeNull();
    expect(visitor.welcome.config.languages).toEqual([{ code: 'en', isDefault: true }]);

    const ack = await visitorSays(visitor, 'Hello there');
    expect(ack.message).toMatchObject({ seq: 1, author: 'visitor', text: 'Hello there' });
    const assigned = await visitor.next('assigned');
    expect(assigned.operator).toMatchObject({ id: company.owner.id, name: 'Owner' });
    // Who joined is a line of the chat's history, on both sides.
    const joined = {
      seq: 2,
      author: 'system',
      operatorId: company.owner.id,
      text: 'Owner joined the chat.',
      event: { kind: 'joined', name: 'Owner' },
    };
    expect((await visitor.next('message')).message).toMatchObject(joined);

    const chat = (await op.next('chat')).chat;
    expect(chat.id).toBe(ack.chatId);
    expect(chat.messages.map((m) => m.text)).toEqual(['Hello there', 'Owner joined the chat.']);
    expect(chat.messages[1]).toMatchObject(joined);
    expect(chat.visitor).toMatchObject({ language: 'en', online: true, userAgent: 'TestBrowser/1.0' });
    expect(chat.visitor.page.url).toBe('https://shop.example/pricing');

    const reply = await operatorSays(op, chat.id, 'Hi! How can I help?');
    expect(reply.message.seq).toBe(3);
    const seen = await visitor.next('message');
    expect(seen.message).toMatchObject({ seq: 3, author: 'operator', operatorId: company.owner.id, text: 'Hi! How can I help?' });

    await visitorSays(visitor, 'Second');
    expect((await op.next('message')).message).toMatchObject({ seq: 4, text: 'Second' });

    visitor.send({ type: 'typing', typing: true });
    expect(await op.next('typing')).toEqual({ type: 'typing', chatId: chat.id, typing: true });
    op.send({ type: 'typing', chatId: chat.id, typing: true });
    expect(await visitor.next('typing')).toEqual({ type: 'typing', chatId: chat.id, typing: true });

    op.send({ type: 'close', chatId: chat.id });
    expect(await visitor.next('closed')).toEqual({
      type: 'closed',
      chatId: chat.id,
      by: 'operator',
      reason: 'closed',
      offlineForm: false,
      rate: true,
    });
    expect(await op.next('closed')).toMatchObject({ chatId: chat.id, by: 'operator' });
    op.close();
    visitor.close();
  });

  it('stores a resent message once and acknowledges it again', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const first = await visitorSays(visitor, 'once', 'client-1');
    const chat = (await op.next('chat')).chat;
    const again = await visitorSays(visitor, 'once', 'client-1');
    expect(again.message).toEqual(first.message);
    await visitorSays(visitor, 'twice', 'client-2');
    const detail = await op.next('message');
    // Seq 2 is the "joined the chat" line.
    expect(detail.message).toMatchObject({ seq: 3, text: 'twice' });
    const opMsg = await operatorSays(op, chat.id, 'reply', 'op-1');
    const opAgain = await operatorSays(op, chat.id, 'reply', 'op-1');
    expect(opAgain.message.seq).toBe(opMsg.message.seq);
    await visitor.roundTrip();
    expect(visitor.all('message').filter((m) => m.message.clientId === 'op-1')).toHaveLength(1);
    op.close();
    visitor.close();
  });

  it('lets the visitor close the chat; the next message starts a new chat', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const first = await visitorSays(visitor, 'hi');
    await op.next('chat');
    visitor.send({ type: 'close' });
    expect(await visitor.next('closed')).toMatchObject({ chatId: first.chatId, by: 'visitor', reason: 'closed' });
    expect(await op.next('closed')).toMatchObject({ chatId: first.chatId, by: 'visitor' });
    const second = await visitorSays(visitor, 'me again');
    expect(second.chatId).not.toBe(first.chatId);
    expect(second.message.seq).toBe(1);
    expect((await op.next('chat')).chat.id).toBe(second.chatId);
    op.close();
    visitor.close();
  });

  it('gives an operator tab that connects later every active chat with its history', async () => {
    const company = await setupCompany();
    const tab1 = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const ack = await visitorSays(visitor, 'hello');
    await tab1.next('chat');
    const tab2 = await connectOperator(company, company.owner);
    expect(tab2.welcome.chats.map((c) => c.id)).toEqual([ack.chatId]);
    expect(tab2.welcome.chats[0]!.messages.map((m) => m.text)).toEqual(['hello', 'Owner joined the chat.']);
    // Both tabs of the operator see new messages.
    await visitorSays(visitor, 'more');
    expect((await tab1.next('message')).message.text).toBe('more');
    expect((await tab2.next('message')).message.text).toBe('more');
    tab1.close();
    tab2.close();
    visitor.close();
  });
});
