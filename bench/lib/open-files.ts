/**
 * How many idle sockets the open-file limit lets workerd hold. It dies past its limit
 * (`accept(): Too many open files`), so the top idle level is cut to what fits; how many
 * descriptors a socket takes depends on the build (lib/workerd-build.ts). Pure; no I/O.
 */

/** Descriptors workerd holds besides the sockets (listeners, SQLite, bundle, logs), with room to spare. */
export const RESERVED_FDS = 1000;
/** A cut top level is rounded down to a multiple of this, so budget names stay round. */
export const LEVEL_STEP = 1000;

/** Idle sockets workerd can hold under this open-file limit. */
export function socketCapacity(openFiles: number, descriptorsPerSocket: number): number {
  return Math.max(0, Math.floor((openFiles - RESERVED_FDS) / descriptorsPerSocket));
}

/**
 * The profile's ascending idle levels, kept as they are when the top one fits; otherwise the top
 * becomes the largest multiple of LEVEL_STEP that fits, and levels at or above it are dropped.
 */
export function fitIdleLevels(levels: readonly number[], openFiles: number, descriptorsPerSocket: number): number[] {
  const capacity = socketCapacity(openFiles, descriptorsPerSocket);
  if ((levels.at(-1) ?? 0) <= capacity) return [...levels];
  const top = Math.floor(capacity / LEVEL_STEP) * LEVEL_STEP;
  return top > 0 ? [...levels.filter((l) => l < top), top] : levels.filter((l) => l <= capacity);
}

/** The soft "Max open files" of a /proc/<pid>/limits text (Infinity when unlimited), or null. */
export function parseOpenFileLimit(limits: string): number | null {
  const match = /^Max open files\s+(\S+)/m.exec(limits);
  if (!match) return null;
  return match[1] === 'unlimited' ? Number.POSITIVE_INFINITY : Number(match[1]);
}
