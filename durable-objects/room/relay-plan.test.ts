import { describe, expect, it } from 'vitest';
import { DIRECT_PUSH_LIMIT, relayGroups } from './relay-plan';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('relay plan', () => {
  it('calls each gateway straight while they are few', () => {
    expect(relayGroups([])).toEqual([]);
    expect(relayGroups([3, 0, 7])).toEqual([
      { relay: 3, children: [] },
      { relay: 0, children: [] },
      { relay: 7, children: [] },
    ]);
    expect(relayGroups(range(DIRECT_PUSH_LIMIT)).every((g) => g.children.length === 0)).toBe(true);
  });

  it('past the limit, goes through about √N relays of about √N gateways each, every gateway once', () => {
    for (const n of [DIRECT_PUSH_LIMIT + 1, 100, 250, 1024]) {
      const groups = relayGroups(range(n));
      const reached = groups.flatMap((g) => [g.relay, ...g.children]).sort((a, b) => a - b);
      expect(reached).toEqual(range(n));
      const root = Math.ceil(Math.sqrt(n));
      expect(groups.length).toBeLessThanOrEqual(root + 1);
      for (const g of groups) expect(g.children.length).toBeLessThan(root);
    }
    expect(relayGroups(range(1024)).length).toBe(32);
  });
});
