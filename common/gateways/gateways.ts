/**
 * Visitor gateways (README, Architecture): idle widgets' sockets live in a company's gateway
 * objects, named `${companyId}:${index}`, while its room keeps operators, routing and chats. The
 * numbers below are the one source of truth for the worker, the room and the gateways.
 */

/**
 * Open sockets one gateway is meant to carry. Far under the object's published ceilings (about
 * 32,768 hibernatable sockets, about 1,000 requests/s): a gateway's widgets reconnect as visitors
 * browse (a boot is two requests: config and upgrade), so 4,000 sockets turning over every two
 * minutes cost it about 70 requests/s, and one availability change is 4,000 sends from one object.
 */
export const GATEWAY_TARGET_SOCKETS = 4_000;

/** A gateway tells the room its open-socket count each time the count crosses a multiple of this, up or down. */
export const GATEWAY_REPORT_STEP = 500;

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
 * How many gateways a company needs once its gateways together hold `total` sockets: the same
 * while under `count` × the target, else room for twice the load (so a growing crowd raises the
 * count a few times, not at every report). Never fewer than now: placed sockets stay put.
 */
export function nextGatewayCount(count: number, total: number): number {
  if (total <= count * GATEWAY_TARGET_SOCKETS) return count;
  return Math.min(MAX_VISITOR_GATEWAYS, Math.max(count + 1, Math.ceil((2 * total) / GATEWAY_TARGET_SOCKETS)));
}

/** The name of a company's gateway object (`idFromName`). */
export function gatewayName(companyId: string, index: number): string {
  return `${companyId}:${index}`;
}

/** The header naming the gateway index on the upgrade the worker forwards to a gateway. */
export const GATEWAY_INDEX_HEADER = 'x-parley-gateway';
