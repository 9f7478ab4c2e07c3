import { eq, inArray, like, or } from 'drizzle-orm';
import { candidateEntries, entriesOverlap, matchHost } from '../../common/domains/match';
import { hostnameOfOrigin } from '../../common/domains/normalise';
import type { Db } from '../../db/client';
import { companies, domains } from '../../db/schema';

/** The company a widget request comes from, found by its `Origin`. */
export interface OriginCompany {
  companyId: string;
  publicKey: string;
  /** The registered entry that matched, e.g. `example.com` or `*.example.com`. */
  host: string;
}

/**
 * Resolves a request's `Origin` header to the company that registered its hostname (F3), or
 * null when the origin is missing, opaque (`null`) or not registered. It reads D1 on every call,
 * so a domain added a moment ago resolves from the next request on.
 */
export async function companyForOrigin(db: Db, origin: string | null | undefined): Promise<OriginCompany | null> {
  const hostname = hostnameOfOrigin(origin);
  if (!hostname) return null;
  const rows = await db
    .select({ companyId: domains.companyId, host: domains.host, publicKey: companies.publicKey })
    .from(domains)
    .innerJoin(companies, eq(companies.id, domains.companyId))
    .where(inArray(domains.host, candidateEntries(hostname)));
  const host = matchHost(
    hostname,
    rows.map((r) => r.host),
  );
  return rows.find((r) => r.host === host) ?? null;
}

/** Registered entries (with their company) that share at least one hostname with `entry`. */
export async function overlappingEntries(db: Db, entry: string): Promise<{ companyId: string; host: string }[]> {
  const wildcard = entry.startsWith('*.');
  const base = wildcard ? entry.slice(2) : entry;
  // Every entry that covers `base` or `www.base` is among their candidates; a wildcard also reaches below `base`.
  const candidates = [...new Set([...candidateEntries(base), ...candidateEntries(`www.${base}`)])];
  const rows = await db
    .select({ companyId: domains.companyId, host: domains.host })
    .from(domains)
    .where(wildcard ? or(inArray(domains.host, candidates), like(domains.host, `%.${base}`)) : inArray(domains.host, candidates));
  return rows.filter((r) => entriesOverlap(entry, r.host));
}
