/**
 * Spreading bench visitors over client processes (each process may hold at most 20 000 open
 * files, and one event loop receiving a whole fan-out would time its own queue) and over client
 * addresses (each address may hold MAX_VISITOR_SOCKETS_PER_ADDRESS visitor sockets). Pure; no I/O.
 */

/** `total` split into `parts` counts that differ by at most one, the larger ones first. */
export function splitEvenly(total: number, parts: number): number[] {
  if (!(Number.isInteger(parts) && parts > 0)) throw new RangeError(`parts must be a positive integer, not ${parts}`);
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

/** Client processes for `sockets` sockets: at least `min`, and enough that none holds more than `perProcess`. */
export function processesFor(sockets: number, perProcess: number, min: number): number {
  return Math.max(min, Math.ceil(sockets / perProcess));
}

/**
 * The `CF-Connecting-IP` of process `process`'s `n`-th socket: each process has its own
 * 10.p.0.0/16, so no two processes share an address and no address holds a second socket until a
 * process has opened 65 536 (by then the first are long closed).
 */
export function clientAddress(process: number, n: number): string {
  if (!(Number.isInteger(process) && process >= 0 && process < 256)) throw new RangeError(`process ${process} has no address block`);
  const k = n % 65_536;
  return `10.${process}.${k >> 8}.${k & 255}`;
}
