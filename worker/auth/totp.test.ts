import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, otpauthUri, TOTP_STEP_SECONDS, totp } from './totp';

const RFC_SECRET = new TextEncoder().encode('12345678901234567890');

describe('one-time passwords', () => {
  it('base32 matches RFC 4648 section 10 and decodes what it encodes', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY======'],
      ['fo', 'MZXQ===='],
      ['foo', 'MZXW6==='],
      ['foob', 'MZXW6YQ='],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI======'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base32Decode(encoded.toLowerCase())!)).toBe(plain);
    }
    expect(base32Decode('MZXW 6YTB OI')).toEqual(new TextEncoder().encode('foobar'));
    expect(base32Decode('MZ1W')).toBeNull();
  });

  it('HOTP matches RFC 4226 appendix D', async () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(await Promise.all(expected.map((_, counter) => hotp(RFC_SECRET, counter)))).toEqual(expected);
  });

  it('TOTP (SHA-1, 8 digits) matches RFC 6238 appendix B', async () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, code] of vectors) expect(await totp(RFC_SECRET, seconds * 1000, 8)).toBe(code);
  });

  it('accepts a code one step either side, never further, never a step already used', async () => {
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 1000 / TOTP_STEP_SECONDS);
    const at = (offset: number) => totp(RFC_SECRET, now + offset * TOTP_STEP_SECONDS * 1000);
    expect(await matchTotp(RFC_SECRET, await at(0), now)).toBe(step);
    expect(await matchTotp(RFC_SECRET, await at(-1), now)).toBe(step - 1);
    expect(await matchTotp(RFC_SECRET, await at(1), now)).toBe(step + 1);
    expect(await matchTotp(RFC_SECRET, await at(-2), now)).toBeNull();
    expect(await matchTotp(RFC_SECRET, await at(2), now)).toBeNull();
    expect(await matchTotp(RFC_SECRET, await at(0), now, step)).toBeNull();
    expect(await matchTotp(RFC_SECRET, '12345', now)).toBeNull();
    expect(await matchTotp(RFC_SECRET, 'abcdef', now)).toBeNull();
  });

  it('makes 160-bit secrets and the otpauth URI apps scan', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(newTotpSecret()).not.toBe(secret);
    const text = otpauthUri(secret, 'Parley', 'ann@example.test');
    expect(text.startsWith('otpauth://totp/Parley:ann%40example.test?')).toBe(true);
    const uri = new URL(text);
    expect(Object.fromEntries(uri.searchParams)).toEqual({ secret, issuer: 'Parley', algorithm: 'SHA1', digits: '6', period: '30' });
  });
});
