import { describe, expect, it } from 'vitest';
import { latestSearch, type SearchState } from './latest-search';

/** A manual clock and requests the test answers itself, in any order. */
function harness() {
  const timers = new Map<number, () => void>();
  let next = 0;
  const requests: { q: string; signal: AbortSignal; answer(v: string): void; fail(): void }[] = [];
  const shown: SearchState<string>[] = [];
  const search = latestSearch<string>({
    delayMs: 250,
    run: (q, signal) =>
      new Promise((resolve, reject) => requests.push({ q, signal, answer: resolve, fail: () => reject(new Error('network')) })),
    show: (s) => shown.push(s),
    setTimer: (fn) => {
      timers.set(++next, fn);
      return next;
    },
    clearTimer: (id) => timers.delete(id as number),
  });
  const tick = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const fn of due) fn();
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { search, requests, shown, tick, settle, pending: () => timers.size };
}

describe('latestSearch', () => {
  it('waits for a pause in typing: one request for the last text', () => {
    const h = harness();
    h.search.input('ref');
    h.search.input('refu');
    h.search.input('refund');
    expect(h.requests).toEqual([]);
    h.tick();
    expect(h.requests.map((r) => r.q)).toEqual(['refund']);
    expect(h.shown).toEqual([{ type: 'loading', q: 'refund' }]);
  });

  it('aborts the request of an older question and never shows its late answer', async () => {
    const h = harness();
    h.search.input('ship');
    h.tick();
    h.search.input('shipping');
    expect(h.requests[0]!.signal.aborted).toBe(true);
    h.tick();
    h.requests[1]!.answer('new');
    h.requests[0]!.answer('old');
    await h.settle();
    expect(h.shown.filter((s) => s.type === 'done')).toEqual([{ type: 'done', q: 'shipping', result: 'new' }]);
  });

  it('shows a failure of the latest question, and a retry asks at once', async () => {
    const h = harness();
    h.search.input('x');
    h.tick();
    h.requests[0]!.fail();
    await h.settle();
    expect(h.shown.at(-1)).toEqual({ type: 'error', q: 'x' });
    h.search.now('x');
    expect(h.requests).toHaveLength(2);
    h.requests[1]!.answer('ok');
    await h.settle();
    expect(h.shown.at(-1)).toEqual({ type: 'done', q: 'x', result: 'ok' });
  });

  it('an emptied box goes idle at once and cancels what was pending; the same text is not asked twice', async () => {
    const h = harness();
    h.search.input('parcel');
    h.search.input('  parcel ');
    expect(h.pending()).toBe(1);
    h.search.input('');
    expect(h.pending()).toBe(0);
    expect(h.shown).toEqual([{ type: 'idle' }]);
    h.search.input('parcel');
    h.tick();
    h.search.cancel();
    expect(h.requests[0]!.signal.aborted).toBe(true);
    h.requests[0]!.answer('late');
    await h.settle();
    expect(h.shown.some((s) => s.type === 'done')).toBe(false);
  });
});
