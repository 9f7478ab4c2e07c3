import { clipUtf8, MAX_ADDRESS_BYTES } from '../../common/protocol';
import { BASELINE_SECURITY_HEADERS } from '../../common/security-headers';
import { requestIp } from '../lib/rate-limit';
import { type CachedRefusal, RefusalCache, retryAfterMs } from '../lib/refusal-cache';

/** Addresses remembered per isolate; past it the oldest go (a flood from many addresses reaches the room again). */
const MAX_REMEMBERED = 4096;

/**
 * Upgrades the company room refused with a `Retry-After` (an address in its abuse cooldown), per
 * widget key and address, in this isolate. Until then the worker answers the same refusal itself,
 * without D1 or the room: a flooder's reconnect loop otherwise costs the room's company a domain
 * lookup and a Durable Object call per attempt. The room stays the authority: an isolate that
 * doesn't remember simply asks it. A remembered refusal may outlast the room's by under a second,
 * as `Retry-After` counts whole seconds.
 */
const refusals = new RefusalCache(MAX_REMEMBERED);

/** The widget's upgrade route (routes.ts under /api/widget). */
const CONNECT_PATH = '/api/widget/connect';

const cacheKey = (widgetKey: string, address: string) => `${widgetKey}\n${address}`;

/** The visitor's address as the room's per-address limits count it. */
export function visitorAddress(request: Request): string {
  return clipUtf8(requestIp(request), MAX_ADDRESS_BYTES);
}

/**
 * How long the worker holds a remembered refusal before answering it. A reconnect loop waits for
 * each answer, so this bounds the rate of one with a few upgrades in flight (4 in flight: 4 a
 * second) at no CPU: even refused at once, each attempt costs the worker a request, and where the
 * worker shares its process with the company's room (one workerd locally), the room's time.
 * Nobody else waits: a refused address is refused either way, its `Retry-After` counted from the answer.
 */
export const REFUSAL_HOLD_MS = 1000;

/**
 * The remembered refusal of a widget upgrade, held for REFUSAL_HOLD_MS (at most until it ends),
 * or null for any other request. The worker's fetch asks this before the app runs (no routing,
 * session, Drizzle handle or validation): the cheapest answer the flood can get.
 */
export function rememberedUpgradeRefusal(request: Request): Promise<Response | null> | null {
  if (request.headers.get('Upgrade')?.toLowerCase() !== 'websocket') return null;
  const url = new URL(request.url);
  const key = url.pathname === CONNECT_PATH ? url.searchParams.get('key') : null;
  if (key === null) return null;
  const cached = cacheKey(key, visitorAddress(request));
  const refusal = refusals.get(cached, Date.now());
  return refusal && heldRefusal(cached, refusal);
}

/** Answers after the hold; a refusal that ended meanwhile goes on to the app (and the room). */
async function heldRefusal(cached: string, first: CachedRefusal): Promise<Response | null> {
  await scheduler.wait(Math.min(REFUSAL_HOLD_MS, first.until - Date.now()));
  const now = Date.now();
  const refusal = refusals.get(cached, now);
  return refusal && refusalResponse(refusal, now);
}

/** Hands on the room's answer to an upgrade, remembering a refusal that says how long it lasts. */
export async function noteUpgradeAnswer(widgetKey: string, address: string, answer: Response, now: number): Promise<Response> {
  const lasts = answer.status === 429 ? retryAfterMs(answer.headers.get('Retry-After')) : null;
  if (lasts === null) return answer;
  const refusal = { until: now + lasts, status: answer.status, body: await answer.text() };
  refusals.set(cacheKey(widgetKey, address), refusal, now);
  return refusalResponse(refusal, now);
}

function refusalResponse(refusal: CachedRefusal, now: number): Response {
  return new Response(refusal.body, {
    status: refusal.status,
    headers: {
      ...BASELINE_SECURITY_HEADERS,
      'Content-Type': 'application/json',
      'Retry-After': String(Math.ceil((refusal.until - now) / 1000)),
    },
  });
}
