import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, MAX_FRAME_BYTES, MAX_TEXT_CHARS, PROTOCOL_VERSION } from '../../common/protocol';
import { connectOperator, connectVisitor, openWidget, operatorSays, setupCompany, TestSocket, visitorSays } from '../../test/realtime';
import type { VisitorClientFrame, VisitorServerFrame } from '../../common/protocol';

/** Frames a hostile or broken client might send: junk, near-misses of real frames, oversized ones. */
const hostileFrame = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc.record({ type: fc.constantFrom('hello', 'message', 'typing', 'close', 'update', 'transfer', 'status', 'nope'), clientId: fc.anything(), text: fc.anything(), chatId: fc.anything(), typing: fc.anything(), protocol: fc.anything() }, { requiredKeys: ['type'] }).map((o) => JSON.stringify(o)),
  fc.constant(JSON.stringify({ type: 'message', clientId: 'big', text: 'x'.repeat(MAX_TEXT_CHARS + 1) })),
  fc.constant('{"type":"message","text":"' + 'é'.repeat(MAX_FRAME_BYTES) + '"}'),
  fc.constant(JSON.stringify({ type: 'message', clientId: '../../etc', text: '   ' })),
  fc.constant('__proto__'),
  fc.constant(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, visitorId: 'a'.repeat(65), language: 'en', page: { url: '', title: '', referrer: '' } })),
);

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
      await bad.until((f) => f.type === 'error' && f.code === 'bad_frame' && f.message.includes('text'), 5000);
      for (const f of bad.frames) {
        if (f.type === 'error') expect(ERROR_CODES).toContain(f.code);
      }
      expect(bad.all('error').length).toBeGreaterThan(0);
      bad.close();
    }

    // The real conversation carries on, in order.
    const second = await visitorSays(good, 'still there?');
    expect(second.message.seq).toBe(first.message.seq + 1);
    expect((await op.next('message')).message.text).toBe('still there?');
    await operatorSays(op, first.chatId, 'yes');
    expect((await good.next('message')).message.text).toBe('yes');
    expect(good.all('error')).toEqual([]);
  }, 60_000);

  it('closes a socket after repeated abuse and rate-limits a flood of messages', async () => {
    const company = await setupCompany();
    const res = await openWidget(company, company.origin);
    res.webSocket!.accept();
    const bad = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket!);
    for (let i = 0; i < 60; i++) bad.sendRaw('not json');
    expect(await bad.closed).toBe(1008);

    const op = await connectOperator(company, company.owner);
    const flooder = await connectVisitor(company);
    for (let i = 0; i < 30; i++) flooder.send({ type: 'message', clientId: `f${i}`, text: `spam ${i}` });
    const limited = await flooder.next('error');
    expect(limited).toMatchObject({ code: 'rate_limited', ref: 'message' });
    await flooder.settle(100);
    expect(flooder.all('message').length).toBeLessThan(30);
    op.close();
  });

  it('refuses a client that speaks another protocol version', async () => {
    const company = await setupCompany();
    const res = await openWidget(company, company.origin);
    res.webSocket!.accept();
    const old = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket!);
    old.send({ type: 'hello', protocol: PROTOCOL_VERSION + 1, visitorId: 'v-old', language: 'en', category: null, page: { url: '', title: '', referrer: '' } });
    expect(await old.next('error')).toMatchObject({ code: 'unsupported_protocol' });
    expect(await old.closed).toBe(4400);
  });
});
