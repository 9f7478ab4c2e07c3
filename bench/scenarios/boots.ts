/**
 * Widget boots per second for one company (issue 17, item 1a): new visitors boot the widget as its
 * loader does (one request: the socket's upgrade, then hello → welcome) at fixed offered rates,
 * step by step, from several client processes, and their sockets stay open idle until the step
 * ends. Per step: boots/s achieved, boot latency, errors, and workerd's CPU time per boot, the
 * figure that other load on the machine distorts least.
 */

import { startFleet } from '../lib/fleet';
import {
  achievedRate,
  type BootStep,
  bootOffsets,
  bootsOffered,
  medianCpuMsPerBoot,
  type StepCost,
  WORKERD_IDLE_CORES,
} from '../lib/pacing';
import { cpuSeconds } from '../lib/proc';
import { BENCH_ORIGIN } from '../lib/seed';
import { sleep } from '../lib/socket-client';
import { type Summary, summarize } from '../lib/stats';
import type { ParleyTarget } from '../targets/parley-target';
import type { BootReply, CloseReply } from './visitor-fleet';

export interface BootsOptions {
  steps: BootStep[];
  /** Client processes the boots are dealt over. */
  processes: number;
  /**
   * Boots before any measured round, so code and the object are warm: with 20, the first round
   * still cost a third more than the next two.
   */
  warmup: BootStep;
  /** Rounds of boots at the first step's rate, for CPU per boot. */
  cpuRounds: number;
  /** A boot that takes longer counts as an error. */
  timeoutMs: number;
  /** After a step's sockets are closed, workerd must stay idle this long before the next step. */
  settleMs: number;
}

export interface BootsStepResult extends BootStep {
  offered: number;
  ok: number;
  errors: number;
  errorSamples: string[];
  achievedPerSecond: number;
  /** Upgrade start → welcome, ms. */
  latency: Summary;
  /** How late the clients started boots against their schedule, ms: large values mean the client was the bottleneck. */
  clientLateness: Summary;
  /** workerd's user + system CPU over the step (less its idle use), divided by successful boots, ms. */
  cpuMsPerBoot: number | null;
  cpuSeconds: number | null;
}

export interface BootsResult {
  processes: number;
  steps: BootsStepResult[];
  /** The share of a core workerd used idle after the warm-up, taken off every step's CPU. */
  idleCores: number;
  /** Each CPU round at the first step's rate. */
  cpuRounds: StepCost[];
  /** workerd CPU per boot, the median of the clean rounds (lib/pacing.ts), ms: the budget's figure. */
  cpuMsPerBoot: number | null;
  /** Sockets the server closed while they should have stayed open. */
  dropped: number;
}

const START_DELAY_MS = 300;
const QUIESCE_LIMIT_MS = 60_000;
/** How long workerd's idle use is measured, once it went idle after the warm-up. */
const IDLE_WINDOW_MS = 5000;

/**
 * Waits until workerd is idle: after a step the server may still be working through boots the
 * clients gave up on, and the sockets' closing, which must not count in the next step.
 */
async function quiesce(pid: number, settleMs: number): Promise<void> {
  const until = Date.now() + QUIESCE_LIMIT_MS;
  for (;;) {
    const before = cpuSeconds(pid);
    await sleep(settleMs);
    const after = cpuSeconds(pid);
    if (before === null || after === null || after - before < (WORKERD_IDLE_CORES * settleMs) / 1000 || Date.now() > until) return;
  }
}
const round2 = (x: number) => Math.round(x * 100) / 100;

export async function measureBoots(target: ParleyTarget, o: BootsOptions): Promise<BootsResult> {
  const fleet = await startFleet(o.processes, { url: target.runtime.url, key: target.company.publicKey, origin: BENCH_ORIGIN });
  const pid = target.runtime.pid;
  try {
    // What workerd uses with nothing to do (timers, collection), per second: taken off each step's CPU.
    let idleCores = 0;
    const runStep = async (step: BootStep) => {
      const startAt = performance.timeOrigin + performance.now() + START_DELAY_MS;
      const cpuBefore = cpuSeconds(pid);
      const t0 = performance.now();
      const replies = await fleet.each<BootReply>((i) => ({
        cmd: 'boot',
        startAt,
        offsets: bootOffsets(step, o.processes, i),
        timeoutMs: o.timeoutMs,
      }));
      const cpuAfter = cpuSeconds(pid);
      const seconds = (performance.now() - t0) / 1000;
      const closed = await fleet.each<CloseReply>(() => ({ cmd: 'close' }));
      await quiesce(pid, o.settleMs);
      const cpu = cpuBefore === null || cpuAfter === null ? null : Math.max(0, cpuAfter - cpuBefore - idleCores * seconds);
      return { replies, cpu, startAt, closed };
    };

    await runStep(o.warmup);
    const idleFrom = cpuSeconds(pid);
    await sleep(IDLE_WINDOW_MS);
    const idleTo = cpuSeconds(pid);
    idleCores = idleFrom === null || idleTo === null ? 0 : (idleTo - idleFrom) / (IDLE_WINDOW_MS / 1000);
    // Rounds at the first step's rate, before any step could saturate workerd.
    const rounds: StepCost[] = [];
    for (let r = 0; r < o.cpuRounds; r++) {
      const { replies, cpu } = await runStep(o.steps[0]!);
      rounds.push({
        ok: replies.reduce((sum, x) => sum + x.latencies.length, 0),
        errors: replies.reduce((sum, x) => sum + x.errors.length, 0),
        cpuSeconds: cpu,
      });
    }
    const steps: BootsStepResult[] = [];
    let dropped = 0;
    for (const step of o.steps) {
      const { replies, cpu, startAt, closed } = await runStep(step);
      const latencies = replies.flatMap((r) => r.latencies);
      const errors = replies.flatMap((r) => r.errors);
      const lastDoneAt = Math.max(...replies.map((r) => r.lastDoneAt));
      // Each process counts its own drops from its start: the latest answers hold the run's total.
      dropped = closed.reduce((sum, c) => sum + c.dropped, 0);
      steps.push({
        ...step,
        offered: bootsOffered(step),
        ok: latencies.length,
        errors: errors.length,
        errorSamples: [...new Set(errors)].slice(0, 5),
        achievedPerSecond: achievedRate(latencies.length, step.seconds * 1000, lastDoneAt - startAt),
        latency: summarize(latencies),
        clientLateness: summarize(replies.flatMap((r) => r.lateness)),
        cpuMsPerBoot: cpu === null || latencies.length === 0 ? null : round2((cpu * 1000) / latencies.length),
        cpuSeconds: cpu,
      });
    }
    return {
      processes: o.processes,
      idleCores: round2(idleCores),
      steps,
      cpuRounds: rounds,
      cpuMsPerBoot: medianCpuMsPerBoot(rounds, idleCores),
      dropped,
    };
  } finally {
    await fleet.stop();
  }
}
