import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { clipUtf8, MAX_ADDRESS_BYTES } from '../../common/protocol';
import { clientIp } from '../lib/rate-limit';
import { type CachedRefusal, RefusalCache, retryAfterMs } from '../lib/refusal-cache';
import type { AppEnv } from '../types';

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

/** The visitor's address as the room's per-address limits count it. */
export function visitorAddress(c: Context<AppEnv>): string {
  return clipUtf8(clientIp(c), MAX_ADDRESS_BYTES);
}

/**
 * Answers a remembered refusal before anything else runs (session, D1, validation): the cheapest
 * answer the flood can get. Everything else goes on to the connect route.
 */
export const rememberedUpgradeRefusal = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.query('key');
  const now = Date.now();
  const refusal = key === undefined ? null : refusals.get(cacheKey(key, visitorAddress(c)), now);
  if (refusal) return refusalResponse(refusal, now);
  await next();
});

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
