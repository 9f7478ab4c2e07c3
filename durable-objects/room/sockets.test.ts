import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { clipUtf8, MAX_ADDRESS_BYTES, MAX_ID_CHARS, MAX_USER_AGENT_BYTES, PageInfoSchema } from '../../common/protocol';
import type { OperatorAttachment, VisitorAttachment } from './sockets';

describe('socket attachments', () => {
  it('stay under the 2 KB hibernation limit at the largest inputs the protocol lets through', () => {
    const huge = '漢'.repeat(5000);
    const page = v.parse(PageInfoSchema, { url: huge, title: huge, referrer: huge });
    const visitor: VisitorAttachment = {
      role: 'visitor',
      origin: `https://${'a'.repeat(253)}`,
      testChatUserId: 'u'.repeat(MAX_ID_CHARS),
      userAgent: clipUtf8(huge, MAX_USER_AGENT_BYTES),
      address: clipUtf8(huge, MAX_ADDRESS_BYTES),
      budgets: { message: Date.now(), typing: Date.now(), update: Date.now(), close: Date.now() },
      visitorId: 'v'.repeat(MAX_ID_CHARS),
      language: 'abc',
      category: 'c'.repeat(MAX_ID_CHARS),
      page,
      strikes: 49,
      strikeWindowStart: Date.now(),
    };
    const operator: OperatorAttachment = {
      role: 'operator',
      operatorId: 'o'.repeat(MAX_ID_CHARS),
      sessionId: 's'.repeat(MAX_ID_CHARS),
      ready: true,
      status: 'online',
      strikes: 49,
      strikeWindowStart: Date.now(),
    };
    const size = (x: unknown) => new TextEncoder().encode(JSON.stringify(x)).byteLength;
    expect(clipUtf8('a漢b', 4)).toBe('a漢');
    expect(clipUtf8('a😀', 4)).toBe('a');
    expect(size(visitor)).toBeLessThan(2048);
    expect(size(operator)).toBeLessThan(2048);
  });
});
