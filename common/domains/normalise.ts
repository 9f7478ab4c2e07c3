/**
 * Domain normalisation (F3): turns whatever an owner pastes (a URL, a host with a port, an IDN,
 * `*.example.com`) into the one canonical entry stored in `domains.host`.
 *
 * Canonical entries are lower-case ASCII (IDN labels in punycode), without scheme, port, path or
 * trailing dot. A leading `www.` is dropped because `example.com` and `www.example.com` are one
 * pair (see `entryCovers`). A wildcard keeps its `*.` prefix and covers every subdomain, not the
 * bare domain itself.
 */
export type NormaliseResult = { ok: true; host: string; wildcard: boolean } | { ok: false; message: string };

const WILDCARD_PREFIX = '*.';
const MAX_HOST_LENGTH = 253;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** Single-label hosts are not reachable on the web; `localhost` is, for local development. */
const SINGLE_LABEL_HOSTS = new Set(['localhost']);

const fail = (message: string): NormaliseResult => ({ ok: false, message });

/** Normalises an owner's input into a canonical domain entry, or says what is wrong with it. */
export function normaliseDomainInput(input: string): NormaliseResult {
  let rest = input.trim();
  if (!rest) return fail('Enter a domain, for example example.com.');
  rest = rest.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\/\//, '');
  rest = rest.split(/[/?#\\]/, 1)[0] ?? '';
  rest = rest.slice(rest.lastIndexOf('@') + 1);
  if (rest.startsWith('[')) return fail('Use a domain name, not an IP address.');
  rest = rest.replace(/:\d*$/, '');

  const wildcard = rest.startsWith(WILDCARD_PREFIX);
  if (wildcard) rest = rest.slice(WILDCARD_PREFIX.length);
  if (rest.includes('*')) return fail('A wildcard may only be the first label, as in *.example.com.');

  const host = toAsciiHost(rest);
  if (host === null) return fail('This is not a valid domain name.');
  if (IPV4.test(host)) return fail('Use a domain name, not an IP address.');
  const labels = host.split('.');
  if (host.length > MAX_HOST_LENGTH || !labels.every((l) => LABEL.test(l))) return fail('This is not a valid domain name.');
  if (labels.length === 1 && !SINGLE_LABEL_HOSTS.has(host)) return fail('Enter a full domain name, for example example.com.');

  if (wildcard) return { ok: true, host: WILDCARD_PREFIX + host, wildcard: true };
  return { ok: true, host: stripWww(host), wildcard: false };
}

/**
 * A browser-reported hostname (from an `Origin`) in the same form entries are compared in:
 * lower case, punycode, no trailing dot. Returns null for anything that isn't a hostname.
 */
export function normaliseHostname(hostname: string): string | null {
  if (!hostname || /[\s/:@*[\]]/.test(hostname)) return null;
  return toAsciiHost(hostname);
}

/** The hostname of an `Origin` header value in canonical form, or null. */
export function hostnameOfOrigin(origin: string | null | undefined): string | null {
  if (!origin || origin === 'null') return null;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return normaliseHostname(url.hostname);
  } catch {
    return null;
  }
}

/** `www.example.com` → `example.com`; a bare `www.tld`-style pair is left alone. */
function stripWww(host: string): string {
  if (!host.startsWith('www.')) return host;
  const rest = host.slice(4);
  return rest.includes('.') || SINGLE_LABEL_HOSTS.has(rest) ? rest : host;
}

/** Lower-cases and punycodes through the URL parser (the same rules browsers apply). */
function toAsciiHost(raw: string): string | null {
  const withoutDot = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  if (!withoutDot || withoutDot.endsWith('.')) return null;
  try {
    const host = new URL(`http://${withoutDot}`).hostname;
    return host.endsWith('.') ? null : host;
  } catch {
    return null;
  }
}
