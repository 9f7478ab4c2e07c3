// Punycode (RFC 3492) parameters.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const ACE_PREFIX = 'xn--';

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 → 26-35
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z → 0-25
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  return BASE;
}

/** The Unicode text of one punycode label (without `xn--`), or null when it isn't valid punycode. */
function decodeLabel(encoded: string): string | null {
  const cut = encoded.lastIndexOf('-');
  const output = cut > 0 ? [...encoded.slice(0, cut)].map((c) => c.codePointAt(0)!) : [];
  if (output.some((c) => c >= 0x80)) return null;
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let at = cut > 0 ? cut + 1 : 0; at < encoded.length; ) {
    const before = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (at >= encoded.length) return null;
      const digit = digitOf(encoded.charCodeAt(at++));
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * 2 || w > 0x10ffff * BASE) return null;
    }
    bias = adapt(i - before, output.length + 1, before === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  // A real IDN label decodes to something beyond ASCII.
  return output.some((c) => c >= 0x80) ? String.fromCodePoint(...output) : null;
}

/**
 * A hostname as people read it: each IDN label (`xn--…`, as hosts are stored) in Unicode, so
 * `xn--mnchen-3ya.de` shows as `münchen.de`. Labels that aren't valid punycode stay as they are;
 * `*.` and ASCII labels are untouched.
 */
export function unicodeHost(host: string): string {
  return host
    .split('.')
    .map((label) => {
      if (!label.toLowerCase().startsWith(ACE_PREFIX)) return label;
      return decodeLabel(label.slice(ACE_PREFIX.length)) ?? label;
    })
    .join('.');
}
