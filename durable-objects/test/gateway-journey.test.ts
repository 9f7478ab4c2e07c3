import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { VisitorServerFrame } from '../../common/protocol';
import { connectOperator, connectVisitor, gatewayOf, operatorSays, roomOf, setupCompany, visitorSays } from '../../test/realtime';

const openSockets = (stub: DurableObjectStub) => runInDurableObject(stub, (_, state) => state.getWebSockets().length);

describe('a visitor between the gateway and the room', () => {
  it('browses on the gateway, chats on the room, and lands on the gateway again once the chat is closed', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const idle = await connectVisitor(company, { as: 'idle' });
    expect(idle.welcome).toMatchObject({ chat: null, availability: { state: 'free', available: true } });
    expect(await openSockets(gatewayOf(company, 0))).toBe(1);

    // About to write: the widget opens its chat socket on the room and leaves the gateway.
    const chat = await connectVisitor(company, { as: 'chat', visitorId: idle.visitorId });
    expect(chat.welcome.chat).toBeNull();
    idle.close();
    await idle.closed;
    const first = await visitorSays(chat, 'Do you ship to Norway?');
    expect((await op.next('chat')).chat.id).toBe(first.chatId);
    await operatorSays(op, first.chatId, 'We do!');
    await chat.until((f): f is Extract<VisitorServerFrame, { type: 'message' }> => f.type === 'message' && f.message.author === 'operator');
    chat.send({ type: 'close' });
    expect(await chat.next('closed')).toMatchObject({ chatId: first.chatId, by: 'visitor' });
    chat.close();
    await chat.closed;

    // The next page: no chat open, so the gateway again, told availability.
    const back = await connectVisitor(company, { as: 'idle', visitorId: idle.visitorId });
    expect(back.welcome).toMatchObject({ chat: null, availability: { state: 'free', available: true } });
    expect(await openSockets(gatewayOf(company, 0))).toBe(1);
    // The room holds only the operator's tab.
    expect(await openSockets(roomOf(company))).toBe(1);
  });
});
