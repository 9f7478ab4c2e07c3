import type { ConnectInfo } from '../../common/connect-info';
import { errorBody } from '../../common/errors';
import { MAX_VISITOR_SOCKETS_PER_ADDRESS } from '../../common/protocol';
import type { ConfigSnapshot } from './config-snapshot';
import type { Attachment } from './sockets';

/** What the room knows, beyond its configuration, to refuse an upgrade the worker let through. */
export interface UpgradeChecks {
  sessionRevoked: (sessionId: string) => boolean;
  /** When the address's abuse cooldown ends, or null when it has none. */
  addressCooledUntil: (address: string) => number | null;
  visitorSocketsFrom: (address: string) => number;
}

/** Why the room refuses this socket, as the response to answer; null when it may connect. */
export function upgradeRefusal(info: ConnectInfo, snapshot: ConfigSnapshot, checks: UpgradeChecks, now: number): Response | null {
  // A member whose joining hasn't reached the room yet is refused like a non-member (404, API.md).
  if (info.role === 'operator' && !snapshot.members.some((m) => m.id === info.operatorId)) return noSuchCompany();
  // The session was signed out after the worker checked it, while the upgrade was on its way.
  if (info.role === 'operator' && checks.sessionRevoked(info.sessionId)) return refuse(401, 'unauthorized', 'Please log in.');
  const cooledUntil = info.role === 'visitor' ? checks.addressCooledUntil(info.address) : null;
  // Retry-After tells the worker how long it may refuse this address's upgrades itself (worker/widget/upgrade-cooldown.ts).
  if (cooledUntil !== null)
    return refuse(429, 'rate_limited', 'Too many rejected frames from this address. Try again later.', cooledUntil - now);
  if (info.role === 'visitor' && checks.visitorSocketsFrom(info.address) >= MAX_VISITOR_SOCKETS_PER_ADDRESS)
    return refuse(429, 'rate_limited', 'Too many open chats from this address.');
  return null;
}

/** A new socket's attachment: a visitor before its `hello`, an operator not ready yet. */
export function newAttachment(info: ConnectInfo): Attachment {
  const strikes = { strikes: 0, strikeWindowStart: 0 };
  return info.role === 'visitor'
    ? {
        role: 'visitor',
        origin: info.origin,
        testChatUserId: info.testChatUserId,
        userAgent: info.userAgent,
        address: info.address,
        budgets: {},
        visitorId: null,
        language: '',
        category: null,
        page: { url: '', title: '', referrer: '' },
        ...strikes,
      }
    : { role: 'operator', operatorId: info.operatorId, sessionId: info.sessionId, ready: false, status: 'away', ...strikes };
}

/** The answer for a company the room can't load, or a caller who isn't its member. */
export function noSuchCompany(): Response {
  return refuse(404, 'not_found', 'No such company.');
}

/**
 * A refused upgrade, in the API's error shape; the worker hands it to the client as is. A refusal
 * known to last `retryAfterMs` says so in `Retry-After` (whole seconds, rounded up).
 */
export function refuse(status: number, code: string, message: string, retryAfterMs?: number): Response {
  const headers: Record<string, string> =
    retryAfterMs === undefined ? {} : { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) };
  return Response.json(errorBody(code, message), { status, headers });
}
