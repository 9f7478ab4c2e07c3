import { describe, expect, it } from 'vitest';
import { needKey } from '../visitor/need-key';
import { type GatewayAttachment, GatewaySockets } from './gateway-sockets';

const attachment = (over: Partial<GatewayAttachment>): GatewayAttachment => ({
  role: 'visitor',
  origin: 'https://shop.test',
  address: '10.0.0.1',
  budgets: {},
  visitorId: null,
  language: '',
  category: null,
  strikes: 0,
  strikeWindowStart: 0,
  ...over,
});

/** A server-side socket of a fresh pair, which carries an attachment as a hibernated one does. */
const socket = () => new WebSocketPair()[1];

describe('gateway sockets after a wake', () => {
  it('are indexed from their attachments alone: by need, address and visitor; a socket before hello has no need', () => {
    const [a, b, c, d] = [socket(), socket(), socket(), socket()];
    const sockets = new GatewaySockets([
      [a, attachment({ visitorId: 'v1', language: 'en' })],
      [b, attachment({ visitorId: 'v2', language: 'en', address: '10.0.0.2' })],
      [c, attachment({ visitorId: 'v3', language: 'de', category: 'c1' })],
      [d, attachment({})],
    ]);
    expect(sockets.size).toBe(4);
    expect([...sockets.withNeed(needKey('en', null))]).toEqual([a, b]);
    expect([...sockets.withNeed(needKey('de', 'c1'))]).toEqual([c]);
    expect([...sockets.ready()]).toHaveLength(3);
    expect(sockets.fromAddress('10.0.0.1')).toBe(3);
    expect(sockets.visitorSockets('v3')).toEqual([c]);
  });

  it('re-indexes a socket that changes need, and forgets one that is removed', () => {
    const a = socket();
    const sockets = new GatewaySockets([[a, attachment({ visitorId: 'v1', language: 'en' })]]);
    sockets.set(a, attachment({ visitorId: 'v1', language: 'de' }));
    expect(sockets.withNeed(needKey('en', null)).size).toBe(0);
    expect(sockets.withNeed(needKey('de', null)).size).toBe(1);
    expect(sockets.get(a)?.language).toBe('de');
    sockets.remove(a);
    expect(sockets.size).toBe(0);
    expect(sockets.fromAddress('10.0.0.1')).toBe(0);
  });
});
