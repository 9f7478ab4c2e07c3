import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { attachmentKey } from '../../common/attachments/signed-url';
import { concat, GIF, PDF, PLAIN_ZIP, PNG, SVG } from '../../test/attachment-files';
import { fetchUrl, openChat, operatorUpload, uploaded, visitorUpload } from '../../test/attachment-uploads';
import { apiFetch, ORIGIN } from '../../test/helpers';
import { connectOperator, setupCompany, testVisitorSecret } from '../../test/realtime';

const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

describe('attachment uploads', () => {
  it('store a visitor file under the company and chat, named in UTF-8, and serve it through its signed URL as a download', async () => {
    const company = await setupCompany();
    const { chatId, secret } = await openChat(company);
    const file = await uploaded(await visitorUpload(company, chatId, secret, PDF, 'рахунок.pdf'));
    expect(file).toMatchObject({ name: 'рахунок.pdf', type: 'application/pdf', size: PDF.byteLength });
    expect(await env.ATTACHMENTS.head(attachmentKey({ companyId: company.id, chatId, id: file.id }))).not.toBeNull();

    const res = await fetchUrl(file.url);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="_______.pdf"; filename*=UTF-8''${encodeURIComponent('рахунок.pdf')}`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe('sandbox');
  });

  it("show the operator's raster images inline, and serve an SVG (script and all) only as a plain-text download", async () => {
    const company = await setupCompany();
    const { chatId } = await openChat(company);
    const image = await uploaded(await operatorUpload(company.id, company.owner, chatId, PNG, 'screen.png'));
    const shown = await fetchUrl(image.url);
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect(shown.headers.get('content-disposition')).toMatch(/^inline; /);

    const svg = await uploaded(await operatorUpload(company.id, company.owner, chatId, SVG, 'logo.svg'));
    expect(svg.type).toBe('text/plain');
    const served = await fetchUrl(svg.url);
    expect(served.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(served.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(served.headers.get('content-security-policy')).toBe('sandbox');
  });

  it('refuse a file over the company limit (413) and a type not on the list by its bytes, whatever its name (415)', async () => {
    const company = await setupCompany();
    const { chatId, secret } = await openChat(company);
    const patched = await apiFetch(`/api/companies/${company.id}`, {
      method: 'PATCH',
      user: company.owner,
      body: { attachmentMaxMegabytes: 1 },
    });
    expect(((await patched.json()) as { attachmentMaxMegabytes: number }).attachmentMaxMegabytes).toBe(1);
    const beyond = await apiFetch(`/api/companies/${company.id}`, {
      method: 'PATCH',
      user: company.owner,
      body: { attachmentMaxMegabytes: 26 },
    });
    expect(beyond.status).toBe(400);

    const big = concat(GIF, new Uint8Array(1024 * 1024));
    const tooLarge = await visitorUpload(company, chatId, secret, big, 'big.gif');
    expect(tooLarge.status).toBe(413);
    expect(await errorCode(tooLarge)).toEqual({ code: 'too_large', message: 'The file is too large: at most 1 MB.' });
    expect((await visitorUpload(company, chatId, secret, big.subarray(0, 1024 * 1024), 'fits.gif')).status).toBe(201);

    const zip = await visitorUpload(company, chatId, secret, PLAIN_ZIP, 'report.pdf');
    expect(zip.status).toBe(415);
    expect((await errorCode(zip)).code).toBe('type_not_allowed');
    const listing = await env.ATTACHMENTS.list({ prefix: `companies/${company.id}/chats/${chatId}/` });
    expect(listing.objects).toHaveLength(1);
  });

  it("refuse anyone but the chat's visitor and operator, as if the chat did not exist", async () => {
    const company = await setupCompany({ operators: 2 });
    const other = await setupCompany();
    const { chatId, secret } = await openChat(company);

    expect((await visitorUpload(company, chatId, testVisitorSecret('v-someone-else'), PNG, 'a.png')).status).toBe(404);
    expect((await visitorUpload(company, chatId, null, PNG, 'a.png')).status).toBe(401);
    // The key of another company (from its own registered site) doesn't reach this company's chat.
    expect((await visitorUpload(other, chatId, secret, PNG, 'a.png')).status).toBe(404);
    // A page on a site no company registered gets nothing.
    expect((await visitorUpload(company, chatId, secret, PNG, 'a.png', { origin: 'https://evil.example' })).status).toBe(403);
    // A colleague the chat isn't assigned to, and a member of another company.
    await connectOperator(company, company.operators[1]!);
    expect((await operatorUpload(company.id, company.operators[1]!, chatId, PNG, 'a.png')).status).toBe(404);
    expect((await operatorUpload(other.id, other.owner, chatId, PNG, 'a.png')).status).toBe(404);
    expect((await operatorUpload(company.id, other.owner, chatId, PNG, 'a.png')).status).toBe(404);
  });

  it('limit widget uploads per address (SPEC S), and let the preflight of a registered site through', async () => {
    const company = await setupCompany();
    const { chatId, secret } = await openChat(company);
    for (let i = 0; i < 20; i++)
      expect((await visitorUpload(company, chatId, secret, GIF, `${i}.gif`, { address: '10.1.2.3' })).status).toBe(201);
    const refused = await visitorUpload(company, chatId, secret, GIF, 'one-more.gif', { address: '10.1.2.3' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect((await visitorUpload(company, chatId, secret, GIF, 'elsewhere.gif', { address: '10.1.2.4' })).status).toBe(201);

    const preflight = (origin: string) =>
      SELF.fetch(`${ORIGIN}/api/widget/attachments`, { method: 'OPTIONS', headers: { Origin: origin } });
    const allowed = await preflight(company.origin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(company.origin);
    expect(allowed.headers.get('access-control-allow-headers')).toBe('Content-Type, Authorization, X-File-Name');
    expect((await preflight('https://evil.example')).status).toBe(403);
  });
});
