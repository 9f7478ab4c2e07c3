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

/**
 * workerd's CPU per boot, ms, over the steps in which every boot succeeded: a boot the client gave
 * up on may still have cost the server all or part of its work, so a step with failures overstates
 * the cost of a boot. Null when no step qualifies or a step's CPU could not be read.
 */
export function cpuMsPerBoot(steps: readonly StepCost[]): number | null {
  const clean = steps.filter((s) => s.errors === 0 && s.ok > 0);
  if (clean.length === 0 || clean.some((s) => s.cpuSeconds === null)) return null;
  const cpu = clean.reduce((sum, s) => sum + s.cpuSeconds!, 0);
  const boots = clean.reduce((sum, s) => sum + s.ok, 0);
  return Math.round((cpu * 1000 * 100) / boots) / 100;
}
