import { spawnSync } from 'node:child_process';
import { inject } from 'vitest';
import { WRANGLER } from '../../scripts/lib.mjs';

/** Runs one SQL statement against the e2e run's local D1 (the state `wrangler dev` serves from). */
export function executeSql(sql: string): void {
  const res = spawnSync(WRANGLER, ['d1', 'execute', 'DB', '--local', '--persist-to', inject('persistTo'), '--command', sql], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
  });
  if (res.status !== 0) throw new Error(`wrangler d1 execute failed (${res.status}): ${res.stderr || res.stdout}`);
}

/**
 * Puts a company on a paid plan for `operators` operators, paid for a month. A stand-in until
 * plans and payments (F15) have their API: no route sets a plan yet, and the Free plan allows the
 * owner alone.
 */
export function givePaidPlan(companyId: string, operators: number): void {
  if (!/^[\w-]+$/.test(companyId)) throw new Error(`unexpected company id ${companyId}`);
  const paidUntil = Date.now() + 30 * 24 * 60 * 60 * 1000;
  executeSql(
    `UPDATE companies SET plan = 'pro', plan_operators = ${Math.floor(operators)}, paid_until = ${paidUntil} WHERE id = '${companyId}'`,
  );
}
