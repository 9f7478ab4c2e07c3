import { env, SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { helpArticles, helpFeedback, helpVotes } from '../../db/schema';
import { apiFetch, db } from '../../test/helpers';
import { companyPath, expectError, expectJson } from '../companies/test/api';
import { eraseCompanyData } from '../data/registry';
import { createCompanyWithDomain, PARLEY_ORIGIN, type TestCompany, uniqueIp } from '../offline/test/fixtures';
import { WIDGET_HELP_RULE } from './widget-routes';

const article = (slug: string, published = true) => ({
  slug,
  published,
  translations: [
    { lang: 'en', title: 'Returning a parcel', body: 'Parcels go back within **30 days**.' },
    { lang: 'uk', title: 'Повернення посилки', body: 'Посилки повертають протягом 30 днів.' },
  ],
});

async function companyWithArticles(): Promise<TestCompany> {
  const company = await createCompanyWithDomain();
  const as = { user: company.owner };
  await expectJson(await apiFetch(companyPath(company.id, '/articles'), { ...as, body: article('returns') }), 201);
  await expectJson(await apiFetch(companyPath(company.id, '/articles'), { ...as, body: article('secret-draft', false) }), 201);
  return company;
}

const widgetGet = (company: TestCompany, path: string, opts: { origin?: string; ip?: string } = {}) =>
  SELF.fetch(`${PARLEY_ORIGIN}/api/widget${path}${path.includes('?') ? '&' : '?'}key=${company.publicKey}`, {
    headers: { origin: opts.origin ?? company.origin, 'cf-connecting-ip': opts.ip ?? uniqueIp() },
  });

describe('company help center (F19)', () => {
  it('members list and search their articles, drafts included; the slug is unique per company only', async () => {
    const company = await companyWithArticles();
    const list = await expectJson<{ articles: { slug: string }[] }>(
      await apiFetch(companyPath(company.id, '/articles?lang=en'), { user: company.owner }),
      200,
    );
    expect(list.articles.map((a) => a.slug).sort()).toEqual(['returns', 'secret-draft']);
    const found = await expectJson<{ articles: { slug: string }[] }>(
      await apiFetch(companyPath(company.id, `/articles?q=${encodeURIComponent('посилку')}&lang=uk`), { user: company.owner }),
      200,
    );
    expect(found.articles[0]!.slug).toBe('returns');
    await expectError(
      await apiFetch(companyPath(company.id, '/articles'), { user: company.owner, body: article('returns') }),
      409,
      'slug_taken',
    );
    // Another company, and Parley's public base, may use the same slug.
    const other = await companyWithArticles();
    expect((await apiFetch(companyPath(other.id, '/articles/returns'), { user: other.owner })).status).toBe(200);
  });

  it('keeps company articles out of the public knowledge base and other companies', async () => {
    const company = await companyWithArticles();
    const publicHits = await expectJson<{ articles: { slug: string }[] }>(await apiFetch('/api/help/articles?q=parcels'), 200);
    expect(publicHits.articles.map((a) => a.slug)).not.toContain('returns');
    await expectError(await apiFetch('/api/help/articles/secret-draft'), 404, 'not_found');
    const stranger = await createCompanyWithDomain();
    await expectError(await apiFetch(companyPath(company.id, '/articles'), { user: stranger.owner }), 404, 'not_found');
    const strangerHits = await expectJson<{ articles: unknown[] }>(
      await apiFetch(companyPath(stranger.id, '/articles?q=parcels'), { user: stranger.owner }),
      200,
    );
    expect(strangerHits.articles).toEqual([]);
  });

  it('serves published articles to the widget on a registered site only', async () => {
    const company = await companyWithArticles();
    const res = await widgetGet(company, '/articles?q=parcel&lang=en');
    const body = await expectJson<{ articles: { slug: string; titleHtml: string }[] }>(res, 200);
    expect(res.headers.get('access-control-allow-origin')).toBe(company.origin);
    expect(body.articles).toEqual([expect.objectContaining({ slug: 'returns', titleHtml: 'Returning a <mark>parcel</mark>' })]);
    const listed = await expectJson<{ articles: { slug: string }[] }>(await widgetGet(company, '/articles?lang=uk'), 200);
    expect(listed.articles.map((a) => a.slug)).toEqual(['returns']);
    const one = await expectJson<{ html: string }>(await widgetGet(company, '/articles/returns?lang=en'), 200);
    expect(one.html).toContain('<strong>30 days</strong>');
    await expectError(await widgetGet(company, '/articles/secret-draft'), 404, 'not_found');
    await expectError(await widgetGet(company, '/articles?q=parcel', { origin: 'https://evil.example.org' }), 403, 'origin_not_allowed');
    await expectError(
      await SELF.fetch(`${PARLEY_ORIGIN}/api/widget/articles`, { headers: { origin: company.origin } }),
      400,
      'invalid_input',
    );
  });

  it('the widget config names the languages with published articles, so the widget offers its help only there', async () => {
    const company = await companyWithArticles();
    const config = await expectJson<{ helpLanguages: string[] }>(await widgetGet(company, '/config'), 200);
    expect(config.helpLanguages).toEqual(['en', 'uk']);
    // Drafts don't count: a company with only a draft offers no help center.
    const drafting = await createCompanyWithDomain();
    await expectJson(await apiFetch(companyPath(drafting.id, '/articles'), { user: drafting.owner, body: article('soon', false) }), 201);
    expect((await expectJson<{ helpLanguages: string[] }>(await widgetGet(drafting, '/config'), 200)).helpLanguages).toEqual([]);
  });

  it('rate limits the widget’s reads per address', async () => {
    const company = await companyWithArticles();
    const ip = uniqueIp();
    for (let i = 0; i < WIDGET_HELP_RULE.limit; i++) expect((await widgetGet(company, '/articles?q=a', { ip })).status).toBe(200);
    await expectError(await widgetGet(company, '/articles?q=a', { ip }), 429, 'rate_limited');
  });

  it('takes visitors’ votes from the widget, shows counts to members, and erases it all with the company', async () => {
    const company = await companyWithArticles();
    const vote = await SELF.fetch(`${PARLEY_ORIGIN}/api/widget/articles/returns/votes?key=${company.publicKey}`, {
      method: 'POST',
      headers: { origin: company.origin, 'content-type': 'application/json', 'cf-connecting-ip': uniqueIp() },
      body: JSON.stringify({ helpful: false }),
    });
    expect(vote.status).toBe(201);
    const counts = await expectJson<{ votes: unknown[] }>(
      await apiFetch(companyPath(company.id, '/help-votes'), { user: company.owner }),
      200,
    );
    expect(counts.votes).toEqual([{ slug: 'returns', helpful: 0, notHelpful: 1 }]);
    // The widget names its visitor: their second vote replaces the first; another visitor's counts too.
    const widgetVote = (visitor: string, helpful: boolean) =>
      SELF.fetch(`${PARLEY_ORIGIN}/api/widget/articles/returns/votes?key=${company.publicKey}`, {
        method: 'POST',
        headers: { origin: company.origin, 'content-type': 'application/json', 'cf-connecting-ip': uniqueIp() },
        body: JSON.stringify({ helpful, visitor }),
      });
    expect((await widgetVote('visitor-a', true)).status).toBe(201);
    expect((await widgetVote('visitor-a', false)).status).toBe(201);
    expect((await widgetVote('visitor-b', true)).status).toBe(201);
    await expectError(await widgetVote('not a visitor id!', true), 400, 'invalid_input');
    const after = await expectJson<{ votes: unknown[] }>(
      await apiFetch(companyPath(company.id, '/help-votes'), { user: company.owner }),
      200,
    );
    expect(after.votes).toEqual([{ slug: 'returns', helpful: 1, notHelpful: 2 }]);
    const [row] = await db().select().from(helpArticles).where(eq(helpArticles.companyId, company.id));
    await db()
      .insert(helpFeedback)
      .values({
        id: `fb-${company.id}`,
        companyId: company.id,
        articleId: row!.id,
        email: 'v@example.test',
        message: 'Hm',
        createdAt: new Date(),
      });

    await eraseCompanyData(env, company.id);
    expect(await db().select().from(helpArticles).where(eq(helpArticles.companyId, company.id))).toEqual([]);
    expect(await db().select().from(helpVotes).where(eq(helpVotes.companyId, company.id))).toEqual([]);
    expect(await db().select().from(helpFeedback).where(eq(helpFeedback.companyId, company.id))).toEqual([]);
  });
});
