import assert from 'node:assert/strict';
import { test } from 'vitest';
import type { FanoutChange, FanoutResult } from '../scenarios/fanout';
import { budgetLine, passes } from './budgets';
import { BOOT_CPU_MS_BEFORE_SPLIT, bootsBudgets, fanoutBudgets } from './scale-budgets';

const change = (state: string, p99: number, missing = 0): FanoutChange => ({
  state,
  latency: { count: 9000 - missing, p50: p99 / 2, p99, max: p99 + 1, mean: p99 / 2 },
  firstMs: p99 / 4,
  received: 9000 - missing,
  missing,
});
const fanout = (changes: FanoutChange[], kbPerSocket = 30, objects = { count: 4, gateways: true }): FanoutResult => ({
  processes: 2,
  objects,
  baselineRssKb: 100_000,
  levels: [
    { sockets: 1000, rssKb: 0, kbPerSocket: 99, fdsPerSocket: 2, changes: [change('free', 5), change('offline', 5)] },
    { sockets: 9000, rssKb: 0, kbPerSocket, fdsPerSocket: 2, changes },
  ],
  errors: 0,
  errorSamples: [],
  dropped: 0,
});
const floor: FanoutResult = {
  ...fanout([change('first', 900), change('second', 900)], 25, { count: 1, gateways: false }),
  baselineRssKb: 50_000,
};
const byName = (budgets: ReturnType<typeof fanoutBudgets>) => Object.fromEntries(budgets.map((b) => [b.name, b]));

test('the fan-out p99 is the worse change at the top level, memory its ratio to the floor there', () => {
  const b = byName(fanoutBudgets(fanout([change('free', 400), change('offline', 1200)]), floor, 9000));
  assert.equal(b.fanout_9000_p99!.value, 1200);
  assert.equal(passes(b.fanout_9000_p99!), false);
  assert.equal(b.fanout_9000_errors!.value, 0);
  assert.equal(b.fanout_socket_memory_9000!.value, 1.2);
  assert.equal(passes(b.fanout_socket_memory_9000!), true);
});

test('a socket left without its frame fails the p99 and counts as an error', () => {
  const b = byName(fanoutBudgets(fanout([change('free', 400, 3), change('offline', 500)]), floor, 9000));
  assert.equal(b.fanout_9000_p99!.value, null);
  assert.equal(b.fanout_9000_errors!.value, 3);
  assert.equal(passes(b.fanout_9000_errors!), false);
});

test('the sockets must spread over at least 4 gateways; the room alone counts as none', () => {
  const changes = [change('free', 400), change('offline', 500)];
  assert.equal(passes(byName(fanoutBudgets(fanout(changes), floor, 9000)).fanout_gateways!), true);
  assert.equal(passes(byName(fanoutBudgets(fanout(changes, 30, { count: 3, gateways: true }), floor, 9000)).fanout_gateways!), false);
  const room = byName(fanoutBudgets(fanout(changes, 30, { count: 1, gateways: false }), floor, 9000)).fanout_gateways!;
  assert.equal(room.value, 0);
  assert.equal(passes(room), false);
});

test('without a run or a floor the budgets print n/a and fail', () => {
  const lines = fanoutBudgets(undefined, undefined, 18_000).map(budgetLine);
  assert.deepEqual(lines, [
    'budget fanout_18000_p99: n/a ms (limit <= 1000) FAIL',
    'budget fanout_18000_errors: n/a errors (limit <= 0) FAIL',
    'budget fanout_gateways: n/a objects (limit >= 4) FAIL',
    'budget fanout_socket_memory_18000: n/a x_floor (limit <= 1.2) FAIL',
  ]);
  assert.equal(byName(fanoutBudgets(fanout([change('free', 1)]), undefined, 9000)).fanout_socket_memory_9000!.value, null);
});

test('CPU per boot must fall to a fifth of the figure measured before the split', () => {
  const boots = (cpuMsPerBoot: number) =>
    bootsBudgets({
      processes: 4,
      idleCores: 0,
      steps: [],
      cpuRounds: [],
      cpuMsPerBoot,
      dropped: 0,
    })[0]!;
  const today = boots(BOOT_CPU_MS_BEFORE_SPLIT);
  assert.equal(passes(today), false);
  assert.ok(Math.abs(today.limit - BOOT_CPU_MS_BEFORE_SPLIT / 5) <= 0.005);
  assert.equal(passes(boots(today.limit)), true);
  assert.equal(passes(boots(today.limit + 0.01)), false);
  assert.equal(bootsBudgets(undefined)[0]!.value, null);
});
