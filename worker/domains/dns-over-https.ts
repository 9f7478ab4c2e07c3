/**
 * TXT lookups through DNS over HTTPS (RFC 8484's JSON flavour, as Cloudflare's and Google's
 * resolvers answer it): Workers have no resolver API, so the query is an HTTPS GET. Building the
 * query and reading the answer are pure; the caller does the fetch.
 */
export const DOH_ENDPOINT = 'https://cloudflare-dns.com/dns-query';

const TXT_TYPE = 16;
const NOERROR = 0;

/** The GET request asking for the TXT records of `name`. */
export function txtQuery(name: string, endpoint = DOH_ENDPOINT): Request {
  const url = new URL(endpoint);
  url.searchParams.set('name', name);
  url.searchParams.set('type', 'TXT');
  return new Request(url, { headers: { accept: 'application/dns-json' } });
}

interface DohAnswer {
  Status?: unknown;
  Answer?: unknown;
}

/**
 * The TXT strings of `name` in a DoH JSON answer. A record's character-strings are joined (a
 * long value is split into 255-byte pieces on the wire); CNAMEs and other types are skipped.
 * A failed lookup (NXDOMAIN, SERVFAIL) or a malformed answer has none.
 */
export function txtRecords(answer: unknown, name: string): string[] {
  if (typeof answer !== 'object' || answer === null) return [];
  const { Status, Answer } = answer as DohAnswer;
  if (Status !== NOERROR || !Array.isArray(Answer)) return [];
  const wanted = name.toLowerCase().replace(/\.$/, '');
  const out: string[] = [];
  for (const record of Answer) {
    if (typeof record !== 'object' || record === null) continue;
    const { type, data, name: owner } = record as { type?: unknown; data?: unknown; name?: unknown };
    if (type !== TXT_TYPE || typeof data !== 'string') continue;
    if (typeof owner === 'string' && owner.toLowerCase().replace(/\.$/, '') !== wanted) continue;
    out.push(joinCharacterStrings(data));
  }
  return out;
}

/** `"abc" "def"` → `abcdef`; resolvers that send the value unquoted give it as is. */
function joinCharacterStrings(data: string): string {
  const trimmed = data.trim();
  if (!trimmed.startsWith('"')) return trimmed;
  let out = '';
  for (const m of trimmed.matchAll(/"((?:[^"\\]|\\.)*)"/g)) out += m[1]!.replace(/\\(.)/g, '$1');
  return out;
}
