import { describe, expect, it } from 'vitest';
import { hostnameOfOrigin, normaliseDomainInput, normaliseHostname } from './normalise';

describe('normaliseDomainInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://example.com', 'example.com'],
    ['http://example.com:8080', 'example.com'],
    ['example.com:443', 'example.com'],
    ['https://example.com/pricing?plan=pro#top', 'example.com'],
    ['//example.com/path', 'example.com'],
    ['https://user:pass@shop.example.com/', 'shop.example.com'],
    ['example.com.', 'example.com'],
    ['https://Example.com.:8443/', 'example.com'],
    ['www.example.com', 'example.com'],
    ['HTTPS://WWW.Example.Com/', 'example.com'],
    ['shop.example.com', 'shop.example.com'],
    ['www.shop.example.com', 'shop.example.com'],
    ['пример.укр', 'xn--e1afmkfd.xn--j1amh'],
    ['https://www.münchen.de/', 'xn--mnchen-3ya.de'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['shop.localhost', 'shop.localhost'],
    ['http://shop.localhost:8787/test', 'shop.localhost'],
    ['localhost', 'localhost'],
    ['my-site.co.uk', 'my-site.co.uk'],
  ])('%s → %s', (input, host) => {
    expect(normaliseDomainInput(input)).toEqual({ ok: true, host, wildcard: false });
  });

  it.each([
    ['*.example.com', '*.example.com'],
    ['https://*.Example.COM:8080/x', '*.example.com'],
    ['*.www.example.com', '*.www.example.com'],
    ['*.пример.укр', '*.xn--e1afmkfd.xn--j1amh'],
    ['*.example.com.', '*.example.com'],
  ])('wildcard %s → %s', (input, host) => {
    expect(normaliseDomainInput(input)).toEqual({ ok: true, host, wildcard: true });
  });

  it.each([
    ['', 'Enter a domain'],
    ['   ', 'Enter a domain'],
    ['https://', 'not a valid domain'],
    ['exa mple.com', 'not a valid domain'],
    ['ex_ample.com', 'not a valid domain'],
    ['-example.com', 'not a valid domain'],
    ['example-.com', 'not a valid domain'],
    ['example..com', 'not a valid domain'],
    ['example.com..', 'not a valid domain'],
    [`${'a'.repeat(64)}.com`, 'not a valid domain'],
    ['shop.*.example.com', 'wildcard may only be the first label'],
    ['*example.com', 'wildcard may only be the first label'],
    ['*', 'wildcard may only be the first label'],
    ['*.', 'not a valid domain'],
    ['*.com', 'full domain name'],
    ['intranet', 'full domain name'],
    ['192.168.1.10', 'not an IP address'],
    ['http://127.0.0.1:8787', 'not an IP address'],
    ['0x7f.1', 'not an IP address'],
    ['[::1]', 'not an IP address'],
    ['http://[2001:db8::1]:80/', 'not an IP address'],
    ['example.123', 'not a valid domain'],
    ['<script>.com', 'not a valid domain'],
  ])('rejects %j', (input, message) => {
    const result = normaliseDomainInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('normaliseHostname', () => {
  it.each([
    ['Shop.Example.com', 'shop.example.com'],
    ['example.com.', 'example.com'],
    ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
  ])('%s → %s', (input, out) => expect(normaliseHostname(input)).toBe(out));

  it.each(['', 'a b.com', 'user@example.com', 'example.com:80', '*.example.com'])('rejects %j', (input) => {
    expect(normaliseHostname(input)).toBeNull();
  });
});

describe('hostnameOfOrigin', () => {
  it.each([
    ['https://Shop.Example.com', 'shop.example.com'],
    ['http://shop.localhost:8787', 'shop.localhost'],
    ['https://münchen.de', 'xn--mnchen-3ya.de'],
    ['null', null],
    ['', null],
    [null, null],
    ['file:///etc/passwd', null],
    ['chrome-extension://abcdef', null],
    ['not a url', null],
  ])('%j → %j', (origin, host) => expect(hostnameOfOrigin(origin)).toBe(host));
});
