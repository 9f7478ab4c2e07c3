/**
 * Which registered domain entry covers a hostname (F3). Entries are canonical (see
 * normalise.ts): `example.com` covers itself and `www.example.com`; `*.example.com` covers every
 * subdomain at any depth. When several entries cover a hostname the most specific wins: exact,
 * then the `www.` pair, then the wildcard with the longest suffix.
 */

import { hostnameOfOrigin } from './normalise';

const WILDCARD_PREFIX = '*.';

/** The entries that could cover `hostname`, for an `IN (...)` lookup before `matchHost`. */
export function candidateEntries(hostname: string): string[] {
  const out = [hostname];
  if (hostname.startsWith('www.')) out.push(hostname.slice(4));
  const labels = hostname.split('.');
  for (let i = 1; i < labels.length; i++) out.push(WILDCARD_PREFIX + labels.slice(i).join('.'));
  return out;
}

/** Whether one canonical entry allows `hostname` (already normalised). */
export function entryCovers(entry: string, hostname: string): boolean {
  if (entry.startsWith(WILDCARD_PREFIX)) return hostname.endsWith(entry.slice(1));
  return hostname === entry || hostname === `www.${entry}`;
}

/** The most specific entry covering `hostname`, or null when none does. */
export function matchHost(hostname: string, entries: readonly string[]): string | null {
  let best: string | null = null;
  let bestRank = -1;
  for (const entry of entries) {
    if (!entryCovers(entry, hostname)) continue;
    const rank = specificity(entry, hostname);
    if (rank > bestRank) {
      best = entry;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * The entry of one company's live (not disabled) claims that lets its widget run on a page from
 * `origin`, or null: the check the company's objects make for their widgets (F3, F13). Other
 * companies' claims need not be known: a verified claim disables every other company's claim
 * sharing a hostname with it, and no company can add or verify one that would (worker/domains/claims.ts),
 * so where the company has a live claim no other company's can decide the hostname.
 */
export function entryForOrigin(origin: string | null | undefined, entries: readonly string[]): string | null {
  const hostname = hostnameOfOrigin(origin);
  return hostname === null ? null : matchHost(hostname, entries);
}

/**
 * Whether two entries allow at least one hostname in common. A hostname may belong to one
 * company only, so an entry overlapping another company's entry can't be added.
 */
export function entriesOverlap(a: string, b: string): boolean {
  const aWild = a.startsWith(WILDCARD_PREFIX);
  const bWild = b.startsWith(WILDCARD_PREFIX);
  if (!aWild && !bWild) return a === b || a === `www.${b}` || b === `www.${a}`;
  if (aWild && bWild) {
    const [sa, sb] = [a.slice(2), b.slice(2)];
    return sa === sb || sa.endsWith(`.${sb}`) || sb.endsWith(`.${sa}`);
  }
  const [plain, wild] = aWild ? [b, a] : [a, b];
  const suffix = wild.slice(2);
  // The plain entry covers `plain` and `www.plain`; the second is under `suffix` when `plain` is or equals it.
  return plain === suffix || plain.endsWith(`.${suffix}`);
}

/** Exact beats the www pair, which beats any wildcard; longer wildcard suffixes beat shorter. */
function specificity(entry: string, hostname: string): number {
  if (entry === hostname) return Number.MAX_SAFE_INTEGER;
  if (!entry.startsWith(WILDCARD_PREFIX)) return Number.MAX_SAFE_INTEGER - 1;
  return entry.length;
}
