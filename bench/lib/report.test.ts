import assert from 'node:assert/strict';
import { test } from 'vitest';
import { passes } from './budgets';
import { emptyTally } from './hostile-tally';
import { budgets, floodBudgets, helpLighthouseBudgets, pairedMedian, ratios, type SuiteResult, widgetPageBudgets } from './report';

const summary = (p50: number, p99: number) => ({ count: 100, p50, p99, max: p99, mean: p50 });
const suite = (scale: number): SuiteResult => ({
  latency: {
    chats: 200,
    visitorToOperator: summary(2 * scale, 10 * scale),
    operatorToVisitor: summary(2 * scale, 8 * scale),
    lost: 0,
    roundP99: [],
  },
  chatStart: { chats: 200, start: summary(5, 20 * scale) },
  throughput: {
    sent: 100,
    stored: 100,
    seconds: 1,
    messagesPerSecond: 1000 / scale,
    blockRates: [1000 / scale, 900 / scale],
    timedOut: false,
  },
  idle: { baselineRssKb: 1000, levels: [{ sockets: 10_000, rssKb: 2_000_000, kbPerSocket: 100 * scale }], errors: 0, errorSamples: [] },
});

test('ratios divide Parley by the floor', () => {
  const r = ratios(suite(1), suite(1.2));
  assert.equal(r.visitorToOperatorP99, 1.2);
  assert.equal(r.throughput, 0.83);
  assert.deepEqual(r.kbPerSocket, [{ sockets: 10_000, ratio: 1.2 }]);
});

test('the paired median compares each block with its neighbour, not the totals', () => {
  // Load drifted: both systems ran slow in block 1, yet Parley was 0.9× the floor in each pair.
  assert.equal(pairedMedian([900, 90, 450], [1000, 100, 500]), 0.9);
  assert.equal(pairedMedian([], [1]), null);
  assert.equal(pairedMedian([5], [0]), null);
});

test('the throughput budget uses the paired median', () => {
  const b = budgets(suite(1), suite(1.25), 10_000).find((x) => x.name === 'throughput')!;
  assert.equal(b.value, 0.8);
});

test('the latency budget takes the worse direction', () => {
  const parley = suite(1);
  parley.latency = { chats: 200, visitorToOperator: summary(2, 10), operatorToVisitor: summary(2, 16), lost: 0, roundP99: [] };
  const [latency] = budgets(suite(1), parley, 10_000);
  assert.equal(latency!.value, 2);
});

test('a failed scenario yields no figure, and so a failing budget', () => {
  const parley = { ...suite(1), throughput: { error: 'boom' } };
  const all = budgets(suite(1), parley, 10_000);
  assert.equal(all.find((b) => b.name === 'throughput')!.value, null);
  assert.equal(all.find((b) => b.name === 'chat_start_p99')!.value, 20);
  assert.equal(all.find((b) => b.name === 'idle_sockets_10000_errors')!.value, 0);
});

test('the widget page budgets: the longest task of any load, and the p99 of each push', () => {
  const parley: SuiteResult = {
    widgetPage: {
      loads: 3,
      longestTask: { count: 3, p50: 0, p99: 57, max: 57, mean: 19 },
      shown: summary(40, 120),
      fastResponse: summary(60, 900),
    },
  };
  assert.deepEqual(
    widgetPageBudgets(parley).map((b) => [b.name, b.value, b.limit]),
    [
      ['widget_start_longest_task', 57, 50],
      ['widget_shown_p99', 120, 1000],
      ['fast_response_shown_p99', 900, 1000],
    ],
  );
  assert.deepEqual(
    widgetPageBudgets({ widgetPage: { error: 'no Chromium' } }).map((b) => b.value),
    [null, null, null],
  );
});

test('the flood budget is the worse direction of flooded p99 over quiet p99, and no canary message may be lost', () => {
  const flood = (lost: number, floodedO2vP99: number): SuiteResult => ({
    flood: {
      quiet: { visitorToOperator: summary(3, 10), operatorToVisitor: summary(2, 8) },
      flooded: { visitorToOperator: summary(4, 15), operatorToVisitor: summary(3, floodedO2vP99) },
      blocks: [],
      lost,
      workerdCores: { quiet: 0.1, flood: 0.5 },
      canaryTrouble: [],
      hostileAddress: '198.51.100.66',
      hostile: emptyTally(),
    },
  });
  assert.deepEqual(
    floodBudgets(flood(0, 20)).map((b) => [b.name, b.value, b.limit, passes(b)]),
    [
      ['flood_canary_p99', 2.5, 2, false],
      ['flood_canary_lost', 0, 0, true],
    ],
  );
  assert.deepEqual(
    floodBudgets(flood(1, 16)).map((b) => [b.value, passes(b)]),
    [
      [2, true],
      [1, false],
    ],
  );
  assert.deepEqual(
    floodBudgets({ flood: { error: 'hostile client crashed' } }).map((b) => b.value),
    [null, null],
  );
});

test('the Lighthouse budgets take the worst page, at least 95 each, and fail when nothing was measured', () => {
  const page = (path: string, performance: number, accessibility: number) => ({
    path,
    performance,
    accessibility,
    runs: [{ performance, accessibility }],
    failing: [],
  });
  const settings = { lighthouse: '13.5.0', formFactor: 'mobile', throttlingMethod: 'simulate', chromium: 'Chromium' };
  const [perf, a11y] = helpLighthouseBudgets({
    helpLighthouse: { settings, pages: [page('/help/en', 99, 100), page('/help/en/x', 94, 96)] },
  });
  assert.deepEqual([perf?.value, a11y?.value], [94, 96]);
  assert.deepEqual([passes(perf!), passes(a11y!)], [false, true]);
  const failed = helpLighthouseBudgets({ helpLighthouse: { error: 'Chromium not found' } });
  assert.deepEqual(
    failed.map((b) => [b.value, passes(b)]),
    [
      [null, false],
      [null, false],
    ],
  );
});
