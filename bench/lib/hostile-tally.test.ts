import assert from 'node:assert/strict';
import { test } from 'vitest';
import { count, emptyTally, formatCounts, mergeTallies, total } from './hostile-tally';

test('tallies of two flood blocks add up key by key', () => {
  const a = emptyTally();
  a.seconds = 30.04;
  count(a.sent, 'typing', 5);
  count(a.errors, 'rate_limited');
  count(a.upgrades.refused, '429', 2);
  a.upgrades.opened = 3;
  const b = emptyTally();
  b.seconds = 29.98;
  count(b.sent, 'typing');
  count(b.sent, 'binary', 4);
  count(b.closes, '1008');
  b.upgrades.failed = 1;
  const merged = mergeTallies(a, b);
  assert.equal(merged.seconds, 60);
  assert.deepEqual(merged.sent, { typing: 6, binary: 4 });
  assert.deepEqual(merged.errors, { rate_limited: 1 });
  assert.deepEqual(merged.closes, { 1008: 1 });
  assert.deepEqual(merged.upgrades, { opened: 3, refused: { 429: 2 }, failed: 1 });
  assert.equal(total(merged.sent), 10);
  assert.deepEqual(a.sent, { typing: 5 }, 'the inputs are left alone');
});

test('counts print largest first', () => {
  assert.equal(formatCounts({ a: 1, b: 3 }), 'b 3, a 1');
  assert.equal(formatCounts({}), 'none');
});
