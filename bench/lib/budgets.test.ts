import assert from 'node:assert/strict';
import { test } from 'vitest';
import { budgetLine, passes } from './budgets';

test('a ceiling passes at and below the limit only', () => {
  assert.equal(passes({ name: 'x', value: 50, unit: 'ms', limit: 50, kind: 'max' }), true);
  assert.equal(passes({ name: 'x', value: 50.01, unit: 'ms', limit: 50, kind: 'max' }), false);
});

test('a minimum passes at and above the limit only', () => {
  assert.equal(passes({ name: 'x', value: 0.8, unit: 'x_floor', limit: 0.8, kind: 'min' }), true);
  assert.equal(passes({ name: 'x', value: 0.79, unit: 'x_floor', limit: 0.8, kind: 'min' }), false);
});

test('a missing figure fails and prints n/a', () => {
  const b = { name: 'chat_start_p99', value: null, unit: 'ms', limit: 50, kind: 'max' } as const;
  assert.equal(passes(b), false);
  assert.equal(budgetLine(b), 'budget chat_start_p99: n/a ms (limit <= 50) FAIL');
});

test('the line has the exact shape the issue asks for', () => {
  assert.equal(
    budgetLine({ name: 'throughput', value: 0.93, unit: 'x_floor', limit: 0.8, kind: 'min' }),
    'budget throughput: 0.93 x_floor (limit >= 0.8) PASS',
  );
});
