import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { connectOperator, connectVisitor, operatorSays, roomOf, setupCompany, visitorSays } from '../../test/realtime';

describe('crash safety', () => {
  it('keeps every acknowledged message across an object restart, in order, without duplicates', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const acks: { chatId: string; message: { seq: number; text: string } }[] = [await visitorSays(visitor, 'message 0', 'c0')];
    const chatId = acks[0]!.chatId;
    await op.next('chat');
    for (let i = 1; i < 20; i++)
      acks.push(i % 2 ? await operatorSays(op, chatId, `message ${i}`, `c${i}`) : await visitorSays(visitor, `message ${i}`, `c${i}`));
    // Seq 2 is the "joined the chat" line.
    expect(acks.map((a) => a.message.seq)).toEqual([1, ...Array.from({ length: 19 }, (_, i) => i + 3)]);

    // Kill the object: every socket drops, memory is gone, storage stays.
    await runInDurableObject(roomOf(company), (_, state) => state.abort('test restart')).catch(() => undefined);
    await Promise.all([visitor.closed, op.closed]);

    const back = await connectVisitor(company, { visitorId: visitor.visitorId, resume: { chatId, lastSeq: 0 } });
    const texts = acks.map((a) => a.message.text);
    expect(back.welcome.chat?.messages.map((m) => m.text)).toEqual([texts[0], 'Owner joined the chat.', ...texts.slice(1)]);
    // A resend of an acknowledged message after the restart is still stored once.
    const again = await visitorSays(back, 'message 18', 'c18');
    expect(again.message.seq).toBe(20);
    // The seq counter is memory only: after the restart it carries on from what storage holds.
    const next = await visitorSays(back, 'message 20', 'c20');
    expect(next.message.seq).toBe(22);
    const opBack = await connectOperator(company, company.owner);
    expect(opBack.welcome.chats).toHaveLength(1);
    expect(opBack.welcome.chats[0]!.messages.map((m) => m.seq)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });
});
