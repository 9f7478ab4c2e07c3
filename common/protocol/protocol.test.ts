import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '../attachments/limits';
import {
  MAX_TEXT_CHARS,
  OperatorClientFrameSchema,
  OperatorServerFrameSchema,
  PROTOCOL_VERSION,
  VisitorClientFrameSchema,
  VisitorServerFrameSchema,
} from './index';

describe('protocol schemas', () => {
  it('accept well-formed frames and reject unknown types, empty or oversized text and bad ids', () => {
    const ok = (s: v.GenericSchema, x: unknown) => v.safeParse(s, x).success;
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1', text: 'Hello' })).toBe(true);
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1', text: 'x'.repeat(MAX_TEXT_CHARS) })).toBe(true);
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1', text: 'x'.repeat(MAX_TEXT_CHARS + 1) })).toBe(false);
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1', text: ' \n ' })).toBe(false);
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'a b', text: 'hi' })).toBe(false);
    expect(ok(VisitorClientFrameSchema, { type: 'transfer', chatId: 'c', toOperatorId: 'u' })).toBe(false);
    expect(ok(OperatorClientFrameSchema, { type: 'transfer', chatId: 'c', toOperatorId: 'u' })).toBe(true);
    expect(ok(OperatorClientFrameSchema, { type: 'status', status: 'busy' })).toBe(false);
  });

  it("let a visitor's typing carry a draft of at most a message's length, empty included (F21)", () => {
    const ok = (x: unknown) => v.safeParse(VisitorClientFrameSchema, x).success;
    expect(ok({ type: 'typing', typing: true })).toBe(true);
    expect(ok({ type: 'typing', typing: true, draft: '' })).toBe(true);
    expect(ok({ type: 'typing', typing: true, draft: 'x'.repeat(MAX_TEXT_CHARS) })).toBe(true);
    expect(ok({ type: 'typing', typing: true, draft: 'x'.repeat(MAX_TEXT_CHARS + 1) })).toBe(false);
    expect(ok({ type: 'typing', typing: true, draft: 42 })).toBe(false);
    expect(v.safeParse(OperatorServerFrameSchema, { type: 'typing', chatId: 'c', typing: true, draft: 'Hel' }).success).toBe(true);
  });

  it('normalises a visitor hello: language lower-cased, missing category null, long page fields clipped', () => {
    const hello = v.parse(VisitorClientFrameSchema, {
      type: 'hello',
      protocol: PROTOCOL_VERSION,
      visitorId: 'v-1',
      language: 'EN',
      page: { url: `https://x.example/${'a'.repeat(2000)}`, title: 't', referrer: '' },
    });
    expect(hello).toMatchObject({ language: 'en', category: null });
    if (hello.type === 'hello') expect(hello.page.url.length).toBeLessThanOrEqual(400);
  });

  it('lets operators send internal notes, and keeps the note author out of what visitors are sent', () => {
    const ok = (s: v.GenericSchema, x: unknown) => v.safeParse(s, x).success;
    const note = { type: 'note', chatId: 'c', clientId: 'n-1', text: 'VIP' };
    expect(ok(OperatorClientFrameSchema, note)).toBe(true);
    expect(ok(VisitorClientFrameSchema, note)).toBe(false);
    const message = { seq: 2, author: 'note', operatorId: 'u', clientId: 'n-1', text: 'VIP', at: 1 };
    expect(ok(OperatorServerFrameSchema, { type: 'message', chatId: 'c', message })).toBe(true);
    expect(ok(VisitorServerFrameSchema, { type: 'message', chatId: 'c', message })).toBe(false);
    expect(ok(OperatorServerFrameSchema, { type: 'waiting', chats: [{ chatId: 'c', language: 'en', category: null, since: 1 }] })).toBe(
      true,
    );
  });

  it('describes what the server sends, so clients can validate it too', () => {
    expect(v.safeParse(VisitorServerFrameSchema, { type: 'queued', chatId: 'c', position: 2, waitEstimateSeconds: 120 }).success).toBe(
      true,
    );
    expect(v.safeParse(VisitorServerFrameSchema, { type: 'error', code: 'nope', message: '' }).success).toBe(false);
  });

  it('carries the three availability states, with the queue and the wait only while busy (F10)', () => {
    const ok = (x: unknown) => v.safeParse(VisitorServerFrameSchema, x).success;
    expect(ok({ type: 'availability', state: 'free', available: true, offlineForm: true })).toBe(true);
    expect(ok({ type: 'availability', state: 'busy', available: true, offlineForm: true, queueLength: 2, waitEstimateSeconds: 180 })).toBe(
      true,
    );
    expect(ok({ type: 'availability', state: 'away', available: false, offlineForm: true })).toBe(false);
    expect(ok({ type: 'availability', available: true, offlineForm: true })).toBe(false);
    expect(ok({ type: 'queued', chatId: 'c', position: 2, waitEstimateSeconds: null })).toBe(true);
    expect(ok({ type: 'contact', chatId: 'c', email: 'me@example.com' })).toBe(true);
  });

  it('lets a waiting visitor leave a valid email, normalised', () => {
    const contact = v.safeParse(VisitorClientFrameSchema, { type: 'contact', email: ' Me@Example.COM ' });
    expect(contact.success && contact.output).toEqual({ type: 'contact', email: 'me@example.com' });
    expect(v.safeParse(VisitorClientFrameSchema, { type: 'contact', email: 'not an email' }).success).toBe(false);
  });

  it('keeps what a system line records', () => {
    const line = { seq: 2, author: 'system', operatorId: 'u', clientId: 'system-2', text: 'Ann joined the chat.', at: 1 };
    expect(
      v.parse(VisitorServerFrameSchema, { type: 'message', chatId: 'c', message: { ...line, event: { kind: 'joined', name: 'Ann' } } }),
    ).toMatchObject({
      message: { event: { kind: 'joined', name: 'Ann' } },
    });
    expect(
      v.safeParse(VisitorServerFrameSchema, { type: 'message', chatId: 'c', message: { ...line, event: { kind: 'left', name: 'Ann' } } })
        .success,
    ).toBe(false);
  });

  it('let a message carry files, each once and at most MAX_ATTACHMENTS_PER_MESSAGE, with empty text only then (F20)', () => {
    const ok = (s: v.GenericSchema, x: unknown) => v.safeParse(s, x).success;
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1', text: '', attachmentIds: ['a1'] })).toBe(true);
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1', attachmentIds: ids(MAX_ATTACHMENTS_PER_MESSAGE) })).toBe(true);
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1', attachmentIds: ids(MAX_ATTACHMENTS_PER_MESSAGE + 1) })).toBe(
      false,
    );
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1', text: 'x', attachmentIds: ['a1', 'a1'] })).toBe(false);
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1', text: '', attachmentIds: [] })).toBe(false);
    expect(ok(VisitorClientFrameSchema, { type: 'message', clientId: 'm-1' })).toBe(false);
    expect(ok(OperatorClientFrameSchema, { type: 'message', chatId: 'c', clientId: 'o-1', text: '', attachmentIds: ['a1'] })).toBe(true);
    expect(ok(OperatorClientFrameSchema, { type: 'message', chatId: 'c', clientId: 'o-1', text: ' ' })).toBe(false);
    // Notes stay text only.
    expect(ok(OperatorClientFrameSchema, { type: 'note', chatId: 'c', clientId: 'n-1', text: '', attachmentIds: ['a1'] })).toBe(false);
    const file = { id: 'a1', name: 'рахунок.pdf', type: 'application/pdf', size: 10, url: '/api/attachments/a1?sig=x' };
    const message = { seq: 1, author: 'visitor', operatorId: null, clientId: 'm-1', text: '', at: 1, attachments: [file] };
    expect(ok(VisitorServerFrameSchema, { type: 'message', chatId: 'c', message })).toBe(true);
  });

  it('carry delivered and seen marks both ways, whole seqs only (F21)', () => {
    const ok = (s: v.GenericSchema, x: unknown) => v.safeParse(s, x).success;
    const receipt = { type: 'receipt', chatId: 'c', delivered: 4, seen: 3 };
    expect(ok(VisitorClientFrameSchema, receipt)).toBe(true);
    expect(ok(OperatorClientFrameSchema, receipt)).toBe(true);
    expect(ok(VisitorClientFrameSchema, { ...receipt, seen: -1 })).toBe(false);
    expect(ok(VisitorClientFrameSchema, { ...receipt, delivered: 1.5 })).toBe(false);
    expect(ok(VisitorClientFrameSchema, { type: 'receipt', chatId: 'c', seen: 3 })).toBe(false);
    const receipts = { type: 'receipts', chatId: 'c', visitor: { delivered: 4, seen: 3 }, operator: { delivered: 4, seen: 0 } };
    expect(ok(VisitorServerFrameSchema, receipts)).toBe(true);
    expect(ok(OperatorServerFrameSchema, receipts)).toBe(true);
    expect(ok(VisitorServerFrameSchema, { type: 'error', code: 'invalid_seq', message: '', ref: 'receipt' })).toBe(true);
  });
});
