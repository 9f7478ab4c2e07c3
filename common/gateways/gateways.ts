/**
 * Visitor gateways (README, Architecture): idle widgets' sockets live in a company's gateway
 * objects, named `${companyId}:${index}`, while its room keeps operators, routing and chats. The
 * numbers below are the one source of truth for the worker, the room and the gateways.
 */

/**
 * Open sockets one gateway is meant to carry. Far under the object's published ceilings (about
 * 32,768 hibernatable sockets, about 1,000 requests/s), so one availability change is at most a
 * few thousand sends from one object.
 */
export const GATEWAY_TARGET_SOCKETS = 4_000;

/** A gateway tells the room its open-socket count each time the count crosses a multiple of this, up or down. */
export const GATEWAY_REPORT_STEP = 500;

/**
 * Widget boots a second one gateway is meant to take. Visitors who browse fast boot the widget on
 * every page, so a gateway can be busy with few sockets: a boot costs its object a few ms of CPU
 * (bench/README.md, widget boots), and 100 a second keep it under half a thread and its requests
 * far under the published 1,000/s.
 */
export const GATEWAY_TARGET_BOOTS_PER_SECOND = 100;

/** A gateway tells the room its boot rate each time the rate crosses a multiple of this, up or down. */
export const GATEWAY_BOOT_REPORT_STEP = 10;

/** The window a gateway counts its boots over; the last whole window gives its rate. */
export const GATEWAY_BOOT_WINDOW_MS = 10_000;

/** What a gateway reports of its load: its open sockets and its boots a second. */
export interface GatewayLoad {
  sockets: number;
  bootsPerSecond: number;
}

/** The most gateways a company gets (4 million idle sockets at the target); a runaway count stops here. */
export const MAX_VISITOR_GATEWAYS = 1_024;

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`: stable across runtimes and releases. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The gateway a visitor's widget connects to when the company has `count` gateways. */
export function gatewayIndex(visitorId: string, count: number): number {
  return fnv1a32(visitorId) % Math.max(1, count);
}

/**
 * How many gateways a company needs once its gateways together carry `load`: the same while the
 * sockets and the boot rate are both within `count` × their targets, else room for twice the
 * larger of the two (so a growing crowd raises the count a few times, not at every report).
 * Never fewer than now: placed sockets stay put.
 */
export function nextGatewayCount(count: number, load: GatewayLoad): number {
  const need = Math.max(load.sockets / GATEWAY_TARGET_SOCKETS, load.bootsPerSecond / GATEWAY_TARGET_BOOTS_PER_SECOND);
  if (need <= count) return count;
  return Math.min(MAX_VISITOR_GATEWAYS, Math.max(count + 1, Math.ceil(2 * need)));
}

/** The name of a company's gateway object (`idFromName`). */
export function gatewayName(companyId: string, index: number): string {
  return `${companyId}:${index}`;
}

/** The header naming the gateway index on the upgrade the worker forwards to a gateway. */
export const GATEWAY_INDEX_HEADER = 'x-parley-gateway';
