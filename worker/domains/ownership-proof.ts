import { entryCovers } from '../../common/domains/match';
import { txtQuery, txtRecords } from './dns-over-https';

/**
 * Proof that a company controls a domain entry (SPEC S): its verification token published in a
 * DNS TXT record, or (for a plain host, not a wildcard) in a meta tag on the site's home page or
 * a file under /.well-known/. Checked over HTTPS only; the fetch is passed in.
 */
export type ProofMethod = 'dns' | 'meta' | 'file';

/** Where and what the owner publishes; the console shows these as instructions. */
export interface ProofInstructions {
  dns: { name: string; type: 'TXT'; value: string };
  /** Null for wildcards: a page proves one site, not every subdomain. */
  meta: { url: string; tag: string } | null;
  file: { url: string; content: string } | null;
}

export const VERIFICATION_LABEL = '_parley-verification';
export const META_NAME = 'parley-verification';
export const WELL_KNOWN_PATH = '/.well-known/parley-verification.txt';

/** How long one probe may take, and how much of a page or file is read. */
const PROBE_TIMEOUT_MS = 5000;
const MAX_BODY_BYTES = 256 * 1024;
const MAX_REDIRECTS = 3;

/** What to publish to prove `entry` with `token`. */
export function proofInstructions(entry: string, token: string): ProofInstructions {
  const wildcard = entry.startsWith('*.');
  const base = wildcard ? entry.slice(2) : entry;
  const value = `${META_NAME}=${token}`;
  return {
    dns: { name: `${VERIFICATION_LABEL}.${base}`, type: 'TXT', value },
    meta: wildcard ? null : { url: `https://${base}/`, tag: `<meta name="${META_NAME}" content="${token}">` },
    file: wildcard ? null : { url: `https://${base}${WELL_KNOWN_PATH}`, content: token },
  };
}

/** The `content` of every `<meta name="parley-verification">` in an HTML document. */
export function metaTokens(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of tag[0].matchAll(/([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      attrs.set(a[1]!.toLowerCase(), (a[2] ?? a[3] ?? a[4] ?? '').trim());
    }
    if (attrs.get('name')?.toLowerCase() === META_NAME && attrs.has('content')) out.push(attrs.get('content')!);
  }
  return out;
}

/**
 * Looks for the proof, every method at once, and answers the first that holds (DNS, then meta,
 * then file), or null. A probe that fails (timeout, no such host, an error status) just finds
 * nothing.
 */
export async function findOwnershipProof(entry: string, token: string, fetcher: typeof fetch): Promise<ProofMethod | null> {
  const how = proofInstructions(entry, token);
  const [dns, meta, file] = await Promise.all([
    probe(async () => {
      const res = await fetcher(txtQuery(how.dns.name), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      return res.ok && txtRecords(await res.json(), how.dns.name).includes(how.dns.value);
    }),
    probe(async () => {
      if (!how.meta) return false;
      const html = await fetchSiteText(entry, how.meta.url, fetcher);
      return html !== null && metaTokens(html).includes(token);
    }),
    probe(async () => {
      if (!how.file) return false;
      const text = await fetchSiteText(entry, how.file.url, fetcher);
      return text?.trim() === token;
    }),
  ]);
  if (dns) return 'dns';
  if (meta) return 'meta';
  if (file) return 'file';
  return null;
}

async function probe(check: () => Promise<boolean>): Promise<boolean> {
  try {
    return await check();
  } catch {
    return false;
  }
}

/**
 * GETs a page of the claimed site, following a few redirects only while they stay on HTTPS hosts
 * the entry covers (`example.com` → `www.example.com`), so a redirect elsewhere proves nothing.
 */
async function fetchSiteText(entry: string, url: string, fetcher: typeof fetch): Promise<string | null> {
  let next = new URL(url);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (next.protocol !== 'https:' || !entryCovers(entry, next.hostname)) return null;
    const res = await fetcher(next, { redirect: 'manual', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      next = new URL(location, next);
      continue;
    }
    if (!res.ok) return null;
    return readCapped(res, MAX_BODY_BYTES);
  }
  return null;
}

async function readCapped(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel();
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all.subarray(0, maxBytes));
}
