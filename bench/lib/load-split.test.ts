import assert from 'node:assert/strict';
import { test } from 'vitest';
import { MAX_VISITOR_SOCKETS_PER_ADDRESS } from '../../common/protocol';
import { clientAddress, processesFor, splitEvenly } from './load-split';

test('a count splits into parts that differ by at most one and add up', () => {
  assert.deepEqual(splitEvenly(10, 4), [3, 3, 2, 2]);
  assert.deepEqual(splitEvenly(18_000, 4), [4500, 4500, 4500, 4500]);
  assert.deepEqual(splitEvenly(2, 4), [1, 1, 0, 0]);
  assert.throws(() => splitEvenly(5, 0), RangeError);
});

test('18 000 sockets need four processes of 5 000, never fewer than the minimum', () => {
  assert.equal(processesFor(18_000, 5000, 2), 4);
  assert.equal(processesFor(1000, 5000, 2), 2);
  assert.equal(processesFor(20_001, 5000, 2), 5);
});

test('no address holds more sockets than the per-address cap, in one process or across them', () => {
  const perAddress = new Map<string, number>();
  for (let p = 0; p < 4; p++)
    for (let n = 0; n < 20_000; n++) perAddress.set(clientAddress(p, n), (perAddress.get(clientAddress(p, n)) ?? 0) + 1);
  assert.equal(perAddress.size, 80_000);
  assert.ok(Math.max(...perAddress.values()) <= MAX_VISITOR_SOCKETS_PER_ADDRESS);
  assert.equal(clientAddress(1, 65_536), clientAddress(1, 0));
  assert.equal(clientAddress(3, 258), '10.3.1.2');
  assert.throws(() => clientAddress(256, 0), RangeError);
});
