import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { CONSOLE_CSP } from '../../common/security-headers';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([k, ...v]) => [k, v]),
  );

describe('security headers', () => {
  it('sends the console page policy with the console index the worker answers', async () => {
    const res = await SELF.fetch('http://localhost/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('allows no inline script and no framing in the policy', () => {
    const csp = directives(CONSOLE_CSP);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(CONSOLE_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('puts nosniff, Referrer-Policy and HSTS on API answers too, errors included', async () => {
    for (const path of ['/api/nope', '/api/me']) {
      const res = await SELF.fetch(`http://localhost${path}`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('strict-transport-security')).toBeTruthy();
    }
  });
});
