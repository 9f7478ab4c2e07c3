import assert from 'node:assert/strict';
import { test } from 'vitest';
import { percentile, ratio, summarize } from './stats';

test('nearest-rank percentiles pick observed samples', () => {
  const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose
  assert.equal(percentile(xs, 50), 50);
  assert.equal(percentile(xs, 99), 99);
  assert.equal(percentile(xs, 100), 100);
  assert.equal(percentile(xs, 0), 1);
  assert.equal(percentile([7], 99), 7);
  assert.equal(percentile([1, 2, 3], 50), 2);
});

test('percentile of nothing is NaN and out-of-range q throws', () => {
  assert.ok(Number.isNaN(percentile([], 50)));
  assert.throws(() => percentile([1], 101), RangeError);
});

test('summarize rounds and does not reorder the input', () => {
  const xs = [3.333, 1.111, 2.222];
  const s = summarize(xs);
  assert.deepEqual(s, { count: 3, p50: 2.22, p99: 3.33, max: 3.33, mean: 2.22 });
  assert.deepEqual(xs, [3.333, 1.111, 2.222]);
});

test('ratio guards a missing or zero floor', () => {
  assert.equal(ratio(3, 2), 1.5);
  assert.equal(ratio(3, 0), null);
  assert.equal(ratio(undefined, 2), null);
  assert.equal(ratio(Number.NaN, 2), null);
});
