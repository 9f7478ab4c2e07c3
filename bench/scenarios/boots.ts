/**
 * Widget boots per second for one company (issue 17, item 1a): new visitors boot the widget
 * (config request, socket, hello → welcome) at fixed offered rates, step by step, from several
 * client processes, and their sockets stay open idle until the step ends. Per step: boots/s
 * achieved, boot latency, errors, and workerd's CPU time per boot, the figure that other load on
 * the machine distorts least.
 */

import { startFleet } from '../lib/fleet';
import { achievedRate, type BootStep, bootOffsets, bootsOffered } from '../lib/pacing';
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
  /** Boots before the first step, unmeasured, so code and the object are warm. */
  warmup: number;
  /** A boot that takes longer counts as an error. */
  timeoutMs: number;
  /** Pause after closing a step's sockets, so their closing is not counted in the next step. */
  settleMs: number;
}

export interface BootsStepResult extends BootStep {
  offered: number;
  ok: number;
  errors: number;
  errorSamples: string[];
  achievedPerSecond: number;
  /** Config request start → welcome, ms. */
  latency: Summary;
  /** How late the clients started boots against their schedule, ms: large values mean the client was the bottleneck. */
  clientLateness: Summary;
  /** workerd's user + system CPU over the step, divided by successful boots, ms. */
  cpuMsPerBoot: number | null;
  cpuSeconds: number | null;
}

export interface BootsResult {
  processes: number;
  steps: BootsStepResult[];
  /** workerd CPU over every step / successful boots over every step, ms. */
  cpuMsPerBoot: number | null;
  /** Sockets the server closed while they should have stayed open. */
  dropped: number;
}

const START_DELAY_MS = 300;
const round2 = (x: number) => Math.round(x * 100) / 100;

export async function measureBoots(target: ParleyTarget, o: BootsOptions): Promise<BootsResult> {
  const fleet = await startFleet(o.processes, { url: target.runtime.url, key: target.company.publicKey, origin: BENCH_ORIGIN });
  const pid = target.runtime.pid;
  try {
    const runStep = async (step: BootStep) => {
      const startAt = performance.timeOrigin + performance.now() + START_DELAY_MS;
      const cpuBefore = cpuSeconds(pid);
      const replies = await fleet.each<BootReply>((i) => ({
        cmd: 'boot',
        startAt,
        offsets: bootOffsets(step, o.processes, i),
        timeoutMs: o.timeoutMs,
      }));
      const cpuAfter = cpuSeconds(pid);
      const closed = await fleet.each<CloseReply>(() => ({ cmd: 'close' }));
      await sleep(o.settleMs);
      return { replies, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, startAt, closed };
    };

    if (o.warmup > 0) await runStep({ rate: o.warmup, seconds: 1 });
    const steps: BootsStepResult[] = [];
    let dropped = 0;
    for (const step of o.steps) {
      const { replies, cpu, startAt, closed } = await runStep(step);
      const latencies = replies.flatMap((r) => r.latencies);
      const errors = replies.flatMap((r) => r.errors);
      const lastDoneAt = Math.max(...replies.map((r) => r.lastDoneAt));
      dropped = Math.max(
        dropped,
        closed.reduce((sum, c) => sum + c.dropped, 0),
      );
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
        cpuSeconds: cpu === null ? null : round2(cpu),
      });
    }
    const cpuTotal = steps.every((s) => s.cpuSeconds !== null) ? steps.reduce((sum, s) => sum + s.cpuSeconds!, 0) : null;
    const okTotal = steps.reduce((sum, s) => sum + s.ok, 0);
    return {
      processes: o.processes,
      steps,
      cpuMsPerBoot: cpuTotal === null || okTotal === 0 ? null : round2((cpuTotal * 1000) / okTotal),
      dropped,
    };
  } finally {
    await fleet.stop();
  }
}
