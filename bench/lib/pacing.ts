import { percentile } from './stats';

/**
 * Open-loop pacing of widget boots at a fixed offered rate, dealt out over client processes:
 * each boot is due at its own time whatever the earlier ones are doing, so a slow server shows as
 * latency and errors rather than as a client that quietly slows down. Pure; no I/O.
 */

/** One step of offered load: `rate` boots a second for `seconds`. */
export interface BootStep {
  rate: number;
  seconds: number;
}

/** Boots a step offers in all. */
export const bootsOffered = (step: BootStep): number => Math.round(step.rate * step.seconds);

/**
 * When (ms from the step's start) process `index` of `processes` starts each of its boots: the
 * step's i-th boot is due at i / rate s and goes to process i mod `processes`, so every process
 * runs at rate / processes, interleaved with the others.
 */
export function bootOffsets(step: BootStep, processes: number, index: number): number[] {
  if (!(step.rate > 0)) throw new RangeError(`a boot rate must be positive, not ${step.rate}`);
  const out: number[] = [];
  for (let i = index; i < bootsOffered(step); i += processes) out.push((i * 1000) / step.rate);
  return out;
}

/**
 * The steps that fit: each step's sockets stay open until the step ends, so a step offering more
 * boots than workerd can hold sockets (lib/open-files.ts) would measure its file limit, not boots.
 */
export function fitBootSteps(steps: readonly BootStep[], capacity: number): BootStep[] {
  return steps.filter((s) => bootsOffered(s) <= capacity);
}

/**
 * Boots a second achieved: the successful boots over the step's length, or over the time from the
 * step's start to its last welcome when the server fell behind the offered rate.
 */
export function achievedRate(successes: number, stepMs: number, lastDoneMs: number): number {
  const ms = Math.max(stepMs, lastDoneMs);
  return ms > 0 ? Math.round((successes / ms) * 1000 * 10) / 10 : 0;
}

/** What one step cost workerd: its successful and failed boots and the CPU it used over the step. */
export interface StepCost {
  ok: number;
  errors: number;
  cpuSeconds: number | null;
}

/** workerd counts as idle while it uses less than this share of a core. */
export const WORKERD_IDLE_CORES = 0.05;

/**
 * workerd's CPU per boot, ms: the median over rounds at one fixed rate (the boots scenario's first
 * step) of each round's CPU per successful boot, counting only rounds in which every boot
 * succeeded; null when none did. One fixed rate, because workerd's cost per boot falls as the rate
 * rises (at 25/s every boot wakes it on its own, at 200/s a wake-up serves several); the median of
 * rounds, because one round's figure moves by a quarter with what else the machine runs; clean
 * rounds only, because a boot the client gave up on may have cost the server all its work. Null
 * too when workerd wasn't idle between steps (`idleCores`, its use with nothing to do, at least
 * WORKERD_IDLE_CORES): what is taken off each round as idle use would then swallow the boots' own.
 */
export function medianCpuMsPerBoot(rounds: readonly StepCost[], idleCores: number): number | null {
  if (idleCores >= WORKERD_IDLE_CORES) return null;
  const clean = rounds.filter((r) => r.errors === 0 && r.ok > 0 && r.cpuSeconds !== null);
  if (clean.length === 0) return null;
  return (
    Math.round(
      percentile(
        clean.map((r) => (r.cpuSeconds! * 1000) / r.ok),
        50,
      ) * 100,
    ) / 100
  );
}
