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
