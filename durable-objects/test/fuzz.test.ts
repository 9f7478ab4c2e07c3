import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OperatorClientFrame, OperatorServerFrame, VisitorClientFrame, VisitorServerFrame } from '../../common/protocol';
import { ERROR_CODES, MAX_FRAME_BYTES, MAX_TEXT_CHARS, PROTOCOL_VERSION, VISITOR_MESSAGE_BURST } from '../../common/protocol';
import {
  connectOperator,
  connectVisitor,
  openOperator,
  openWidget,
  operatorSays,
  roomOf,
  setupCompany,
  TestSocket,
  visitorSays,
} from '../../test/realtime';

/** Frames a hostile or broken client might send: junk, near-misses of real frames, oversized ones. */
const hostileFrame = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc
    .record(
      {
        type: fc.constantFrom('hello', 'message', 'typing', 'close', 'update', 'transfer', 'status', 'nope'),
        clientId: fc.anything(),
        text: fc.anything(),
        chatId: fc.anything(),
        typing: fc.anything(),
        protocol: fc.anything(),
      },
      { requiredKeys: ['type'] },
    )
    .map((o) => JSON.stringify(o)),
  fc.constant(JSON.stringify({ type: 'message', clientId: 'big', text: 'x'.repeat(MAX_TEXT_CHARS + 1) })),
  fc.constant(`{"type":"message","text":"${'é'.repeat(MAX_FRAME_BYTES)}"}`),
  fc.constant(JSON.stringify({ type: 'message', clientId: '../../etc', text: '   ' })),
  fc.constant('__proto__'),
  fc.constant(
    JSON.stringify({
      type: 'hello',
      protocol: PROTOCOL_VERSION,
      visitorId: 'a'.repeat(65),
      language: 'en',
      page: { url: '', title: '', referrer: '' },
    }),
  ),
);

/**
 * Frames a hostile or broken console tab might send: junk, near-misses, oversized ones, and
 * well-formed frames aimed at chats that aren't the sender's (`chatIds`: a colleague's, another
 * company's) or at operators of another company (`operatorIds`).
 */
function hostileOperatorFrame(chatIds: string[], operatorIds: string[]) {
  const chatId = fc.oneof(fc.constantFrom(...chatIds), fc.string({ maxLength: 80 }), fc.anything());
  const aimed = fc
    .record({
      type: fc.constantFrom('message', 'note', 'typing', 'close', 'transfer'),
      chatId: fc.constantFrom(...chatIds),
      clientId: fc.constantFrom('o-1', 'o-2'),
      text: fc.string({ minLength: 1, maxLength: 40 }),
      typing: fc.boolean(),
      toOperatorId: fc.constantFrom(...operatorIds),
    })
    .map((o) => JSON.stringify(o));
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.json({ maxDepth: 3 }),
    aimed,
    fc
      .record(
        {
          type: fc.constantFrom('hello', 'status', 'message', 'note', 'typing', 'close', 'transfer', 'nope'),
          // Never another protocol version: that closes the socket, which the visitor fuzz covers.
          protocol: fc.oneof(fc.constant(PROTOCOL_VERSION), fc.string()),
          status: fc.oneof(fc.constantFrom('online', 'away', 'offline'), fc.anything()),
          resume: fc.anything(),
          chatId,
          clientId: fc.anything(),
          text: fc.anything(),
          typing: fc.anything(),
          toOperatorId: fc.anything(),
        },
        { requiredKeys: ['type'] },
      )
      .map((o) => JSON.stringify(o)),
    fc.constant(JSON.stringify({ type: 'message', chatId: chatIds[0], clientId: 'big', text: 'x'.repeat(MAX_TEXT_CHARS + 1) })),
    fc.constant(`{"type":"message","chatId":"x","clientId":"c","text":"${'é'.repeat(MAX_FRAME_BYTES)}"}`),
    fc.constant(
      JSON.stringify({
        type: 'hello',
        protocol: PROTOCOL_VERSION,
        status: 'online',
        resume: chatIds.map((id) => ({ chatId: id, lastSeq: -1 })),
      }),
    ),
    fc.constant(JSON.stringify({ type: 'close', chatId: '__proto__' })),
  );
}

describe('fuzz', () => {
  it('answers thousands of random, malformed and oversized frames with error frames, never breaking the room', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const good = await connectVisitor(company);
    const first = await visitorSays(good, 'hello');
    await op.next('chat');

    const frames = fc.sample(hostileFrame, 2500);
    let sent = 0;
    // Spread the flood over fresh sockets: each gets closed after ABUSE_STRIKES rejections.
    while (sent < frames.length) {
      const res = await openWidget(company, company.origin);
      res.webSocket!.accept();
      const bad = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket!);
      for (let i = 0; i < 40 && sent < frames.length; i++) bad.sendRaw(frames[sent++]!);
      bad.sendRaw(new Uint8Array([1, 2, 3]).buffer);
      await bad.until((f) => f.type === 'error' && f.code === 'bad_frame' && f.message.includes('text'));
      for (const f of bad.frames) {
        if (f.type === 'error') expect(ERROR_CODES).toContain(f.code);
      }
      expect(bad.all('error').length).toBeGreaterThan(0);
      bad.close();
    }

    // The real conversation carries on, in order.
    const second = await visitorSays(good, 'still there?');
    // Right after the "joined the chat" line that followed the first message.
    expect(second.message.seq).toBe(first.message.seq + 2);
    expect((await op.next('message')).message.text).toBe('still there?');
    await operatorSays(op, first.chatId, 'yes');
    expect((await good.next('message')).message.text).toBe('yes');
    expect(good.all('error')).toEqual([]);
  });

  it('closes a socket after repeated abuse and rate-limits a flood of messages', async () => {
    const company = await setupCompany();
    const res = await openWidget(company, company.origin);
    res.webSocket!.accept();
    const bad = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket!);
    for (let i = 0; i < 60; i++) bad.sendRaw('not json');
    expect(await bad.closed).toBe(1008);

    const op = await connectOperator(company, company.owner);
    const flooder = await connectVisitor(company);
    const flood = VISITOR_MESSAGE_BURST + 10;
    for (let i = 0; i < flood; i++) flooder.send({ type: 'message', clientId: `f${i}`, text: `spam ${i}` });
    const limited = await flooder.next('error');
    expect(limited).toMatchObject({ code: 'rate_limited', ref: 'message' });
    // Every message of the flood is answered, stored or refused; never more stored than the burst allows.
    await flooder.roundTrip();
    const stored = flooder.all('message').filter((m) => m.message.author === 'visitor').length;
    expect(stored).toBeLessThanOrEqual(VISITOR_MESSAGE_BURST);
    expect(stored + flooder.all('error').filter((e) => e.code === 'rate_limited').length).toBe(flood);
    op.close();
  });

  it('tells a version-1 widget (a hello without visitorSecret) to reload', async () => {
    const company = await setupCompany();
    const res = await openWidget(company, company.origin);
    res.webSocket!.accept();
    const old = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket!);
    old.send({
      type: 'hello',
      protocol: 1,
      visitorId: 'v-old',
      language: 'en',
      category: null,
      page: { url: '', title: '', referrer: '' },
    });
    expect(await old.next('error')).toMatchObject({ code: 'unsupported_protocol' });
    expect(await old.closed).toBe(4400);
  });

  it("answers thousands of hostile operator frames with error frames, leaving colleagues' and other companies' chats alone", async () => {
    const company = await setupCompany({ operators: 2 });
    const [owner, colleague] = company.operators as [(typeof company.operators)[0], (typeof company.operators)[0]];
    const op = await connectOperator(company, owner);
    const visitor = await connectVisitor(company);
    const first = await visitorSays(visitor, 'hello');
    await op.next('chat');
    const other = await setupCompany();
    const otherOp = await connectOperator(other, other.owner);
    const otherVisitor = await connectVisitor(other);
    const otherFirst = await visitorSays(otherVisitor, 'elsewhere');
    await otherOp.next('chat');

    const frames = fc.sample(hostileOperatorFrame([first.chatId, otherFirst.chatId], [other.owner.id, owner.id]), 2500);
    const codes = new Set<string>();
    let sent = 0;
    // The colleague's tabs send the flood; every other fresh tab says hello first so frames reach the chat checks.
    for (let tab = 0; sent < frames.length; tab++) {
      const res = await openOperator(company.id, colleague);
      res.webSocket!.accept();
      const bad = new TestSocket<OperatorServerFrame, OperatorClientFrame>(res.webSocket!);
      if (tab % 2 === 0) bad.send({ type: 'hello', protocol: PROTOCOL_VERSION, status: 'online', resume: [] });
      for (let i = 0; i < 40 && sent < frames.length; i++) bad.sendRaw(frames[sent++]!);
      bad.sendRaw(new Uint8Array([1, 2, 3]).buffer);
      await bad.until((f) => f.type === 'error' && f.code === 'bad_frame' && f.message.includes('text'));
      for (const f of bad.all('error')) {
        expect(ERROR_CODES).toContain(f.code);
        codes.add(f.code);
      }
      expect(bad.all('error').length).toBeGreaterThan(0);
      expect(bad.all('chat')).toEqual([]);
      bad.close();
    }
    // Nothing threw inside the room, and the flood reached every layer: decoding, validation, the chat checks.
    expect(codes).not.toContain('internal');
    for (const code of ['bad_frame', 'frame_too_large', 'invalid_message', 'not_ready', 'unknown_chat']) expect(codes).toContain(code);

    // Both companies' conversations carry on, untouched and in order.
    for (const [v, o, ack] of [
      [visitor, op, first],
      [otherVisitor, otherOp, otherFirst],
    ] as const) {
      const next = await visitorSays(v, 'still there?');
      // Right after the "joined the chat" line that followed the first message.
      expect(next.message.seq).toBe(ack.message.seq + 2);
      expect((await o.next('message')).message.text).toBe('still there?');
      await operatorSays(o, ack.chatId, 'yes');
      expect((await v.next('message')).message.text).toBe('yes');
      expect(v.all('error')).toEqual([]);
      expect(v.all('closed')).toEqual([]);
      expect(o.all('error')).toEqual([]);
      expect(o.all('unassigned')).toEqual([]);
      expect(o.all('closed')).toEqual([]);
    }
    expect((await roomOf(company).chat(first.chatId))?.messages.map((m) => m.text)).toEqual([
      'hello',
      'Owner joined the chat.',
      'still there?',
      'yes',
    ]);
    expect((await roomOf(other).chat(otherFirst.chatId))?.messages.map((m) => m.text)).toEqual([
      'elsewhere',
      'Owner joined the chat.',
      'still there?',
      'yes',
    ]);
  });
});
