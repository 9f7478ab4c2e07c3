import { describe, expect, it } from 'vitest';
import { revokedSockets } from './access';
import type { Attachment, OperatorAttachment, VisitorAttachment } from './sockets';

const strikes = { strikes: 0, strikeWindowStart: 0 };
const operator = (operatorId: string, sessionId: string): OperatorAttachment => ({
  role: 'operator',
  operatorId,
  sessionId,
  ready: true,
  status: 'online',
  ...strikes,
});
const visitor = (testChatUserId: string | null): VisitorAttachment => ({
  role: 'visitor',
  origin: 'https://shop.example',
  testChatUserId,
  userAgent: 'TestBrowser/1.0',
  address: '203.0.113.9',
  budgets: {},
  visitorId: 'v1',
  language: 'en',
  category: null,
  page: { url: '', title: '', referrer: '' },
  ...strikes,
});

describe('revokedSockets (the check every wake runs)', () => {
  const sockets: [string, Attachment][] = [
    ['ann-laptop', operator('ann', 's-ann-1')],
    ['ann-phone', operator('ann', 's-ann-2')],
    ['bob-tab', operator('bob', 's-bob')],
    ['bob-test-chat', visitor('bob')],
    ['ann-test-chat', visitor('ann')],
    ['widget', visitor(null)],
  ];
  const names = (access: Parameters<typeof revokedSockets>[1]) => revokedSockets(sockets, access).map((r) => [r.socket, r.reason]);

  it('keeps every socket of members with live sessions', () => {
    expect(names({ members: new Set(['ann', 'bob']), revokedSessions: new Set() })).toEqual([]);
  });

  it('names the tabs of a signed-out session, not the same user’s other sessions', () => {
    expect(names({ members: new Set(['ann', 'bob']), revokedSessions: new Set(['s-ann-1', 's-unknown']) })).toEqual([
      ['ann-laptop', 'signed out'],
    ]);
  });

  it('names every tab and Test chat page of a former member, never a widget on the company’s site', () => {
    expect(names({ members: new Set(['ann']), revokedSessions: new Set() })).toEqual([
      ['bob-tab', 'removed from the company'],
      ['bob-test-chat', 'removed from the company'],
    ]);
    expect(names({ members: new Set(), revokedSessions: new Set(['s-ann-2']) }).map(([s]) => s)).toEqual([
      'ann-laptop',
      'ann-phone',
      'bob-tab',
      'bob-test-chat',
      'ann-test-chat',
    ]);
  });
});
