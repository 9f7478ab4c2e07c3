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

const cacheKey = (widgetKey: string, address: string) => `${widgetKey}\n${address}`;

/** The remembered refusal for this key and address, answered as the room answered it; null when none is in force. */
export function rememberedRefusal(widgetKey: string, address: string, now: number): Response | null {
  const refusal = refusals.get(cacheKey(widgetKey, address), now);
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
    headers: { 'Content-Type': 'application/json', 'Retry-After': String(Math.ceil((refusal.until - now) / 1000)) },
  });
}
