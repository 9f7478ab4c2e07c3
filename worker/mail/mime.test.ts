import { describe, expect, it } from 'vitest';
import { buildMime, encodeHeaderText, encodeWords, formatMailbox } from './mime';

const BASE = {
  from: 'noreply@parley.test',
  fromName: 'Parley',
  to: 'ann@example.test',
  subject: 'Verify your email',
  text: 'Hello Ann,\nopen https://app.test/verify?token=abc\n',
  messageId: 'id123@parley.test',
  date: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
  boundary: 'parley-b1',
};

/** Splits a raw message into its header map and body (first blank line). */
function headersOf(raw: string): Record<string, string> {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
  return Object.fromEntries(
    head.split('\r\n').map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 2)]),
  );
}

function decodeBase64Utf8(b64: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(b64.replace(/\r\n/g, '')), (c) => c.charCodeAt(0)));
}

describe('buildMime', () => {
  it('writes the standard headers with CRLF line ends', () => {
    const raw = buildMime({ ...BASE, replyTo: 'visitor@example.test' });
    const h = headersOf(raw);
    expect(h).toMatchObject({
      from: 'Parley <noreply@parley.test>',
      to: 'ann@example.test',
      'reply-to': 'visitor@example.test',
      subject: 'Verify your email',
      date: 'Thu, 02 Jan 2025 03:04:05 +0000',
      'message-id': '<id123@parley.test>',
      'mime-version': '1.0',
      'content-type': 'text/plain; charset=utf-8',
      'content-transfer-encoding': 'base64',
    });
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('leaves Reply-To out when not given', () => {
    expect(headersOf(buildMime(BASE))).not.toHaveProperty('reply-to');
  });

  it('carries UTF-8 text as base64 lines of at most 76 characters', () => {
    const text = 'Привіт, Ann! ✓ '.repeat(20);
    const raw = buildMime({ ...BASE, text });
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    for (const line of body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(decodeBase64Utf8(body)).toBe(text);
  });

  it('puts text then HTML in multipart/alternative', () => {
    const raw = buildMime({ ...BASE, html: '<p>Hello &amp; welcome</p>' });
    expect(headersOf(raw)['content-type']).toBe('multipart/alternative; boundary="parley-b1"');
    const parts = raw.split('--parley-b1');
    expect(parts).toHaveLength(4);
    expect(parts[1]).toContain('Content-Type: text/plain; charset=utf-8');
    expect(parts[2]).toContain('Content-Type: text/html; charset=utf-8');
    expect(decodeBase64Utf8(parts[2]!.split('\r\n\r\n')[1]!)).toBe('<p>Hello &amp; welcome</p>');
    expect(parts[3]).toBe('--\r\n');
  });

  it('refuses addresses that would inject headers or recipients', () => {
    expect(() => buildMime({ ...BASE, to: 'a@b.test\r\nBcc: victim@x.test' })).toThrow(/plain email address/);
    expect(() => buildMime({ ...BASE, replyTo: 'a@b.test, c@d.test' })).toThrow(/plain email address/);
    expect(() => buildMime({ ...BASE, to: 'Ann <a@b.test>' })).toThrow(/plain email address/);
  });

  it('keeps a subject with line breaks on one header line', () => {
    const raw = buildMime({ ...BASE, subject: 'Hi\r\nBcc: victim@x.test' });
    expect(headersOf(raw).subject).toBe('Hi Bcc: victim@x.test');
    expect(raw).not.toContain('\r\nBcc:');
  });

  it('refuses a boundary or Message-ID that would break the structure', () => {
    expect(() => buildMime({ ...BASE, boundary: 'a\r\nb' })).toThrow(/boundary/);
    expect(() => buildMime({ ...BASE, messageId: 'x>\r\nBcc: a@b' })).toThrow(/Message-ID/);
  });
});

describe('header encoding', () => {
  it('leaves plain ASCII alone and encodes the rest as RFC 2047 words', () => {
    expect(encodeHeaderText('Reset your password')).toBe('Reset your password');
    expect(encodeHeaderText('Café')).toBe(`=?UTF-8?B?${btoa('Caf\xc3\xa9')}?=`);
  });

  it('splits long text into words of at most 75 characters without cutting a character', () => {
    const s = 'ÄÖÜ✓'.repeat(30);
    const words = encodeWords(s).split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
    expect(words.map((w) => decodeBase64Utf8(w.slice(10, -2))).join('')).toBe(s);
  });

  it('encodes text that carries RFC 2047 encoded-words, so it reads back literally', () => {
    const forged = `=?UTF-8?B?${btoa('Your bank')}?= urgent`;
    // Unfolded: a long encoded subject continues on lines starting with a space.
    const subject = headersOf(buildMime({ ...BASE, subject: `[Offline message] ${forged}` }).replace(/\r\n /g, ' ')).subject!;
    expect(subject).not.toContain(forged);
    const decoded = subject
      .split(/\s+/)
      .map((w) => decodeBase64Utf8(w.slice(10, -2)))
      .join('');
    expect(decoded).toBe(`[Offline message] ${forged}`);
    expect(encodeHeaderText('=?iso-8859-1?q?caf=e9?=')).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(encodeHeaderText('Price = 5? Yes')).toBe('Price = 5? Yes');
  });

  it('encodes display names that carry encoded-words', () => {
    const name = '=?UTF-8?B?QWRtaW4=?=';
    const mailbox = formatMailbox('a@b.test', name);
    expect(mailbox).not.toContain(name);
    expect(decodeBase64Utf8(mailbox.slice(10, mailbox.indexOf('?= <')))).toBe(name);
  });

  it('quotes display names with specials and escapes quotes and backslashes', () => {
    expect(formatMailbox('a@b.test', 'Ann Lee')).toBe('Ann Lee <a@b.test>');
    expect(formatMailbox('a@b.test', 'Lee, Ann "Boss" \\ x')).toBe('"Lee, Ann \\"Boss\\" \\\\ x" <a@b.test>');
    expect(formatMailbox('a@b.test', 'Ölaf')).toMatch(/^=\?UTF-8\?B\?.+\?= <a@b\.test>$/);
  });
});
