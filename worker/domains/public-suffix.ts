import { getDomain } from 'tldts';

/** Single-label names that are no public suffix for our purpose: `localhost` serves local development. */
const LOCAL_HOSTS = new Set(['localhost']);

/**
 * Why a canonical domain entry can't be claimed, or null when it can. An entry must lie inside
 * one registrable domain: a public suffix from the Public Suffix List (`co.uk`, `github.io`), or
 * a wildcard over one (`*.co.uk`, `*.github.io`), would cover sites of countless unrelated
 * owners. Private suffixes count (hosting platforms where each customer gets a subdomain).
 */
export function publicSuffixProblem(entry: string): string | null {
  const base = entry.startsWith('*.') ? entry.slice(2) : entry;
  if (LOCAL_HOSTS.has(base) && base === entry) return null;
  if (getDomain(base, { allowPrivateDomains: true }) !== null) return null;
  const what = entry === base ? `${base} is a public suffix` : `${entry} covers a public suffix`;
  return `${what}: anyone can register names under it, so no company can claim it. Add your own domain instead, such as yourname.${base}.`;
}
