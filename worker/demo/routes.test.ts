import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { apiFetch, createUser } from '../../test/helpers';
import { companyPath, createCompanyAs } from '../companies/test/api';

describe('demo site (development)', () => {
  it('serves a registered *.localhost domain a shop page with its snippet under a strict CSP', async () => {
    const owner = await createUser();
    const company = await createCompanyAs(owner);
    const host = `demo-${crypto.randomUUID().slice(0, 8)}.localhost`;
    expect((await apiFetch(companyPath(company.id, '/domains'), { body: { host }, user: owner })).status).toBe(201);

    const res = await SELF.fetch(`http://${host}/?page=delivery`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`/widget.js" data-key="${company.publicKey}"></script>`);
    expect(html).toContain('<h1>Delivery</h1>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('answers 404 for an unregistered host without a key', async () => {
    const res = await SELF.fetch('http://nobody-here.localhost/');
    expect(res.status).toBe(404);
  });
});
