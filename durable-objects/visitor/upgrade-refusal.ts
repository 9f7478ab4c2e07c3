import { errorBody, ORIGIN_NOT_ALLOWED } from '../../common/errors';
import { MAX_VISITOR_SOCKETS_PER_ADDRESS } from '../../common/protocol';

/** What an object knows of an address, beyond its configuration, to refuse a visitor's upgrade. */
export interface AddressChecks {
  /** When the address's abuse cooldown ends, or null when it has none. */
  addressCooledUntil: (address: string) => number | null;
  visitorSocketsFrom: (address: string) => number;
}

/**
 * Why an object (the room or a gateway) refuses a visitor socket from `address`: its abuse
 * cooldown, or its cap of open sockets in this object. Null when it may connect.
 */
export function addressRefusal(address: string, checks: AddressChecks, now: number): Response | null {
  const cooledUntil = checks.addressCooledUntil(address);
  // Retry-After tells the worker how long it may refuse this address's upgrades itself (worker/widget/upgrade-cooldown.ts).
  if (cooledUntil !== null)
    return refuse(429, 'rate_limited', 'Too many rejected frames from this address. Try again later.', cooledUntil - now);
  if (checks.visitorSocketsFrom(address) >= MAX_VISITOR_SOCKETS_PER_ADDRESS)
    return refuse(429, 'rate_limited', 'Too many open chats from this address.');
  return null;
}

/** The answer for a company an object can't load, or a caller who isn't its member. */
export function noSuchCompany(): Response {
  return refuse(404, 'not_found', 'No such company.');
}

/** The answer for a widget on a page whose site the company didn't register (F3). */
export function originNotAllowed(): Response {
  return refuse(ORIGIN_NOT_ALLOWED.status, ORIGIN_NOT_ALLOWED.code, ORIGIN_NOT_ALLOWED.message);
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
