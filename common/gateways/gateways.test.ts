import { describe, expect, it } from 'vitest';
import {
  fnv1a32,
  GATEWAY_TARGET_BOOTS_PER_SECOND,
  GATEWAY_TARGET_SOCKETS,
  gatewayIndex,
  MAX_VISITOR_GATEWAYS,
  nextGatewayCount,
} from './gateways';

describe('gateway index', () => {
  it('is the FNV-1a hash of the visitor id, stable from call to call', () => {
    // Reference values of 32-bit FNV-1a.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(gatewayIndex('v-visitor-1', 7)).toBe(gatewayIndex('v-visitor-1', 7));
    expect(gatewayIndex('anyone', 1)).toBe(0);
  });

  it('spreads random visitor ids evenly over the gateways', () => {
    const n = 8;
    const ids = 40_000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < ids; i++) counts[gatewayIndex(`v-${crypto.randomUUID()}`, n)]!++;
    // Within 5% of the even share (the binomial spread here is about 1%).
    for (const c of counts) expect(Math.abs(c - ids / n)).toBeLessThan((ids / n) * 0.05);
  });

  it('spreads sequential ids too', () => {
    const counts = new Array<number>(4).fill(0);
    for (let i = 0; i < 10_000; i++) counts[gatewayIndex(`visitor-${i}`, 4)]!++;
    for (const c of counts) expect(Math.abs(c - 2_500)).toBeLessThan(250);
  });
});

describe('gateway count', () => {
  const sockets = (n: number) => ({ sockets: n, bootsPerSecond: 0 });

  it('stays while the sockets fit, then grows to room for twice the load, never shrinking', () => {
    expect(nextGatewayCount(1, sockets(GATEWAY_TARGET_SOCKETS))).toBe(1);
    expect(nextGatewayCount(1, sockets(GATEWAY_TARGET_SOCKETS + 1))).toBe(3);
    expect(nextGatewayCount(4, sockets(4 * GATEWAY_TARGET_SOCKETS + 500))).toBe(9);
    expect(nextGatewayCount(4, sockets(0))).toBe(4);
    expect(nextGatewayCount(MAX_VISITOR_GATEWAYS, sockets(10 ** 9))).toBe(MAX_VISITOR_GATEWAYS);
  });

  it('grows with the boot rate too, where visitors browse fast on few sockets', () => {
    const T = GATEWAY_TARGET_BOOTS_PER_SECOND;
    expect(nextGatewayCount(2, { sockets: 100, bootsPerSecond: 2 * T })).toBe(2);
    expect(nextGatewayCount(2, { sockets: 100, bootsPerSecond: 2 * T + 1 })).toBe(5);
    // The larger need decides: boots for 3 gateways, sockets for 5.
    expect(nextGatewayCount(1, { sockets: 5 * GATEWAY_TARGET_SOCKETS, bootsPerSecond: 3 * T })).toBe(10);
    expect(nextGatewayCount(1, { sockets: GATEWAY_TARGET_SOCKETS, bootsPerSecond: 3 * T })).toBe(6);
  });
});
