import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { roomOf } from '../../test/realtime';
import { StoredWindow } from './stored-window';

describe('StoredWindow', () => {
  it('allows `limit` hits per key in any window, sliding, and keeps counting across a new instance (a wake)', async () => {
    await runInDurableObject(roomOf({ id: `window-${randomId()}` }), (_, state) => {
      const limiter = new StoredWindow(state.storage.sql, () => 2, 1000);
      expect([limiter.hit('a', 0), limiter.hit('a', 500), limiter.hit('a', 900), limiter.hit('b', 900)]).toEqual([true, true, false, true]);
      // The object woke: a fresh instance reads the same hits.
      const woken = new StoredWindow(state.storage.sql, () => 2, 1000);
      expect(woken.hit('a', 999)).toBe(false);
      // The first hit left the window at 1000, the second at 1500.
      expect([woken.hit('a', 1000), woken.hit('a', 1400), woken.hit('a', 1500)]).toEqual([true, false, true]);
      // Expired rows of every key are dropped.
      woken.hit('c', 10_000);
      expect(state.storage.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM rate_hits`).one().n).toBe(1);
    });
  });

  it('says until when a key is refused, and only reads', async () => {
    await runInDurableObject(roomOf({ id: `window-${randomId()}` }), (_, state) => {
      const limiter = new StoredWindow(state.storage.sql, () => 2, 1000);
      const rows = () => state.storage.sql.exec<{ n: number }>(`SELECT COUNT(*) AS n FROM rate_hits`).one().n;
      limiter.hit('old', 0);
      limiter.hit('a', 100);
      expect(limiter.refusedUntil('a', 200)).toBeNull();
      limiter.hit('a', 300);
      // Two hits in the window: the first leaves it at 1100, and then the key may hit again.
      expect(limiter.refusedUntil('a', 400)).toBe(1100);
      expect(limiter.refusedUntil('a', 1100)).toBeNull();
      // The expired hit of `old` is still stored: asking wrote nothing.
      expect(rows()).toBe(3);
    });
  });
});
