import { and, eq, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
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

/**
 * SQL: the host in `column` shares at least one hostname with `entry`. The entries covering `base`
 * or `www.base` are exactly the ones overlapping a plain entry; a wildcard also overlaps every
 * entry below its base (public suffixes, which no claim may be, aside). The writes that must decide
 * atomically (claim-writes.ts) and the lookup below use this one condition.
 */
export function hostOverlaps(column: SQLiteColumn, entry: string): SQL {
  const wildcard = entry.startsWith('*.');
  const base = wildcard ? entry.slice(2) : entry;
  const candidates = [...new Set([...candidateEntries(base), ...candidateEntries(`www.${base}`)])];
  return (wildcard ? or(inArray(column, candidates), like(column, `%.${base}`)) : inArray(column, candidates)) as SQL;
}

/** Live claims (any company's) that share at least one hostname with `entry`. */
export async function overlappingEntries(db: Db, entry: string): Promise<OverlappingClaim[]> {
  const rows = await db
    .select({ id: domains.id, companyId: domains.companyId, host: domains.host, verified: isVerified() })
    .from(domains)
    .where(and(isNull(domains.disabledAt), hostOverlaps(domains.host, entry)));
  return rows.filter((r) => entriesOverlap(entry, r.host));
}
