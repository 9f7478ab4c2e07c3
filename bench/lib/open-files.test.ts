import assert from 'node:assert/strict';
import { test } from 'vitest';
import { fitIdleLevels, parseOpenFileLimit, socketCapacity } from './open-files';

const FULL = [1000, 5000, 10_000];

test('10 000 idle sockets stay where the limit allows two descriptors each plus the reserve', () => {
  assert.deepEqual(fitIdleLevels(FULL, 65_536, 2), FULL);
  assert.deepEqual(fitIdleLevels(FULL, 21_000, 2), FULL);
  assert.deepEqual(fitIdleLevels(FULL, Number.POSITIVE_INFINITY, 2), FULL);
});

test('a hard limit of 20 000 runs 9 000 sockets, not the 10 000 that crash workerd', () => {
  assert.equal(socketCapacity(20_000, 2), 9500);
  assert.deepEqual(fitIdleLevels(FULL, 20_000, 2), [1000, 5000, 9000]);
  assert.deepEqual(fitIdleLevels(FULL, 20_999, 2), [1000, 5000, 9000]);
});

test('a build with one descriptor per socket holds 18 000 under a hard limit of 20 000', () => {
  assert.equal(socketCapacity(20_000, 1), 19_000);
  assert.deepEqual(fitIdleLevels([1000, 5000, 18_000], 20_000, 1), [1000, 5000, 18_000]);
  assert.deepEqual(fitIdleLevels([1000, 5000, 18_000], 20_000, 2), [1000, 5000, 9000]);
});

test('lower levels at or above the cut top are dropped', () => {
  assert.deepEqual(fitIdleLevels(FULL, 11_000, 2), [1000, 5000]);
  assert.deepEqual(fitIdleLevels(FULL, 9000, 2), [1000, 4000]);
  assert.deepEqual(fitIdleLevels(FULL, 4096, 2), [1000]);
});

test('below one step, the levels that fit are kept as they are', () => {
  assert.deepEqual(fitIdleLevels([200, 500], 2000, 2), [200, 500]);
  assert.deepEqual(fitIdleLevels([200, 500], 1500, 2), [200]);
  assert.deepEqual(fitIdleLevels(FULL, 1024, 2), []);
});

test('the soft limit is read from /proc/<pid>/limits', () => {
  const limits = [
    'Limit                     Soft Limit           Hard Limit           Units     ',
    'Max processes             63704                63704                processes ',
    'Max open files            20000                20000                files     ',
  ].join('\n');
  assert.equal(parseOpenFileLimit(limits), 20_000);
  assert.equal(parseOpenFileLimit('Max open files            unlimited            unlimited            files'), Number.POSITIVE_INFINITY);
  assert.equal(parseOpenFileLimit('Max processes 1 1'), null);
});
