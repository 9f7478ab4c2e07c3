/**
 * The budgets of a company bigger than one object (issue 17): workerd's CPU per widget boot
 * against today's, availability fan-out to the top level of idle sockets, and their memory per
 * socket against the floor's. Pure; no I/O.
 */
import type { BootsResult } from '../scenarios/boots';
import type { FanoutResult } from '../scenarios/fanout';
import type { Budget } from './budgets';
import { ratio } from './stats';

/**
 * workerd's CPU time per widget boot before the split (one company room serves every visitor
 * socket): the median of 3 rounds at 25/s, `--only boots`, full profile, measured on 2026-11-30 on
 * the app code of commit de053ad (bench at 734ad27), load average 3.2 on 2 cores; other runs that
 * day gave 9.90 and 14.84 ms (bench/README.md). Locally every object shares one workerd on 2 cores,
 * so CPU per boot, not boots/s, is the figure to compare across designs.
 */
export const BOOT_CPU_MS_BEFORE_SPLIT = 11.71;
/** The split must cost at most this share of today's CPU per boot. */
export const BOOT_CPU_SHARE = 1 / 5;
/** Fan-out p99 to the top level of idle sockets, ms. */
export const FANOUT_P99_MS = 1000;
/** Gateway objects the fan-out's sockets must spread over (issue 17: "at least 4"). */
export const FANOUT_MIN_GATEWAYS = 4;
/** Memory per idle socket against the floor's. */
export const SOCKET_MEMORY_X_FLOOR = 1.2;

export function bootsBudgets(boots: BootsResult | undefined): Budget[] {
  const limit = Math.round(BOOT_CPU_MS_BEFORE_SPLIT * BOOT_CPU_SHARE * 100) / 100;
  return [{ name: 'boot_cpu', value: boots?.cpuMsPerBoot ?? null, unit: 'ms_per_boot', limit, kind: 'max' }];
}

/**
 * Named after `top`, the level the run aimed at (the open-file limit may cut it, as for the idle
 * budgets); the floor ran the same levels. The p99 is the worse of the two changes at the top
 * level, and only counts when every socket got its frame: a socket left without one is an error,
 * not a fast sample.
 */
export function fanoutBudgets(fanout: FanoutResult | undefined, floor: FanoutResult | undefined, top: number): Budget[] {
  const level = fanout?.levels.at(-1);
  const missing = level?.changes.reduce((sum, c) => sum + c.missing, 0) ?? 0;
  const p99 = level && missing === 0 ? Math.max(...level.changes.map((c) => c.latency.p99)) : null;
  const floorLevel = floor?.levels.at(-1);
  const errors = fanout && level ? fanout.errors + fanout.dropped + missing : null;
  return [
    { name: `fanout_${top}_p99`, value: p99, unit: 'ms', limit: FANOUT_P99_MS, kind: 'max' },
    { name: `fanout_${top}_errors`, value: errors, unit: 'errors', limit: 0, kind: 'max' },
    {
      name: 'fanout_gateways',
      value: fanout ? (fanout.objects.gateways ? fanout.objects.count : 0) : null,
      unit: 'objects',
      limit: FANOUT_MIN_GATEWAYS,
      kind: 'min',
    },
    {
      name: `fanout_socket_memory_${top}`,
      value: ratio(level?.kbPerSocket, floorLevel?.kbPerSocket),
      unit: 'x_floor',
      limit: SOCKET_MEMORY_X_FLOOR,
      kind: 'max',
    },
  ];
}
