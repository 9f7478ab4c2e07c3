import { entriesOverlap, entryCovers, matchHost } from '../../common/domains/match';

/** One company's live (not disabled) claim on a domain entry. */
export interface DomainClaim {
  companyId: string;
  host: string;
  verified: boolean;
}

/**
 * The claim that decides a hostname (F3, SPEC S). A verified claim covering it wins outright, so
 * an unverified one can never take a verified company's site; without one, unverified claims
 * serve their own companies' widgets: those of `preferCompanyId` (the company of the key the
 * widget sent) first. Among the rest the most specific entry wins. Null when none covers it.
 */
export function decidingClaim<C extends DomainClaim>(hostname: string, claims: readonly C[], preferCompanyId?: string): C | null {
  const covering = claims.filter((c) => entryCovers(c.host, hostname));
  const verified = covering.filter((c) => c.verified);
  const preferred = covering.filter((c) => c.companyId === preferCompanyId);
  const pool = verified.length > 0 ? verified : preferred.length > 0 ? preferred : covering;
  const host = matchHost(
    hostname,
    pool.map((c) => c.host),
  );
  return pool.find((c) => c.host === host) ?? null;
}

/** Other companies' claims that stop `companyId` adding or verifying `entry`: verified, overlapping ones. */
export function blockingClaims<C extends DomainClaim>(entry: string, companyId: string, claims: readonly C[]): C[] {
  return claims.filter((c) => c.companyId !== companyId && c.verified && entriesOverlap(entry, c.host));
}
