import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { companies } from '../../db/schema';
import { TtlCache } from '../lib/ttl-cache';

/** The company of a widget key, as a widget's boot needs it to find its gateway. */
export interface KeyCompany {
  companyId: string;
  /** How many visitor gateways the company has (worker/lib/visitor-gateway.ts). */
  gateways: number;
}

/** Keys remembered per isolate; past it the oldest go (one D1 read brings one back). */
const MAX_KEYS = 10_000;

/**
 * How long an isolate trusts what it read of a key. A key's company never changes, so only the
 * gateway count can be stale, and it only grows: for up to a minute new visitors spread over fewer
 * gateways than the room chose, which the gateways carry (they grow at an eighth of their socket
 * ceiling). The minute also bounds how long a deleted company's key still reaches its objects,
 * which answer it with a refusal. Short enough for both, long enough that a busy site's boots
 * read D1 about once a minute per isolate.
 */
export const KEY_TTL_MS = 60_000;

const known = new TtlCache<KeyCompany>(MAX_KEYS, KEY_TTL_MS);

/**
 * The company whose widget key `key` is, from this isolate's cache or one D1 read. An unknown key
 * is not remembered, so a company's widget works the moment the company exists.
 */
export async function companyForKey(db: Db, key: string, now = Date.now()): Promise<KeyCompany | null> {
  const cached = known.get(key, now);
  if (cached) return cached;
  const row = await db
    .select({ companyId: companies.id, gateways: companies.visitorGateways })
    .from(companies)
    .where(eq(companies.publicKey, key))
    .get();
  if (row) known.set(key, row, now);
  return row ?? null;
}
