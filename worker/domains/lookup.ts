import { and, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { candidateEntries, entriesOverlap } from '../../common/domains/match';
import { hostnameOfOrigin } from '../../common/domains/normalise';
import type { Db } from '../../db/client';
import { companies, domains } from '../../db/schema';
import { type DomainClaim, decidingClaim } from './claims';

/** A claim counts as verified once its owner proved it. */
const isVerified = () => sql<boolean>`${domains.verifiedAt} IS NOT NULL`.mapWith(Boolean);

/** The company a widget request comes from, found by its `Origin`. */
export interface OriginCompany {
  companyId: string;
  publicKey: string;
  /** The registered entry that matched, e.g. `example.com` or `*.example.com`. */
  host: string;
  /** How many visitor gateways carry the company's idle widgets (read here so routing a widget costs no other read). */
  gateways: number;
}

/**
 * Resolves a request's `Origin` header to the company whose claim decides its hostname (F3; see
 * `decidingClaim`: a verified claim wins, else the company of `preferKey`, the key the widget
 * sent), or null when the origin is missing, opaque (`null`) or not claimed. Disabled claims
 * don't count. It reads D1 on every call, so a domain added a moment ago resolves from the next
 * request on.
 */
export async function companyForOrigin(db: Db, origin: string | null | undefined, preferKey?: string): Promise<OriginCompany | null> {
  const hostname = hostnameOfOrigin(origin);
  if (!hostname) return null;
  const rows = await db
    .select({
      companyId: domains.companyId,
      host: domains.host,
      publicKey: companies.publicKey,
      gateways: companies.visitorGateways,
      verified: isVerified(),
    })
    .from(domains)
    .innerJoin(companies, eq(companies.id, domains.companyId))
    .where(and(inArray(domains.host, candidateEntries(hostname)), isNull(domains.disabledAt)));
  const preferred = rows.find((r) => r.publicKey === preferKey)?.companyId;
  const found = decidingClaim(hostname, rows, preferred);
  return found ? { companyId: found.companyId, publicKey: found.publicKey, host: found.host, gateways: found.gateways } : null;
}

/** A live claim (not disabled) that shares at least one hostname with an entry. */
export interface OverlappingClaim extends DomainClaim {
  id: string;
}

/** Live claims (any company's) that share at least one hostname with `entry`. */
export async function overlappingEntries(db: Db, entry: string): Promise<OverlappingClaim[]> {
  const wildcard = entry.startsWith('*.');
  const base = wildcard ? entry.slice(2) : entry;
  // Every entry that covers `base` or `www.base` is among their candidates; a wildcard also reaches below `base`.
  const candidates = [...new Set([...candidateEntries(base), ...candidateEntries(`www.${base}`)])];
  const rows = await db
    .select({ id: domains.id, companyId: domains.companyId, host: domains.host, verified: isVerified() })
    .from(domains)
    .where(
      and(
        isNull(domains.disabledAt),
        wildcard ? or(inArray(domains.host, candidates), like(domains.host, `%.${base}`)) : inArray(domains.host, candidates),
      ),
    );
  return rows.filter((r) => entriesOverlap(entry, r.host));
}
