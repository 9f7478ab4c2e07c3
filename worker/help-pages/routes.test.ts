import { SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { helpArticles, helpFeedback, helpVotes } from '../../db/schema';
import { db } from '../../test/helpers';
import { randomIp } from '../auth/test/accounts';
import { createCompanyFixture } from '../companies/test/fixtures';
import { createArticle } from '../help/store';

const ORIGIN = 'http://localhost:8787';
const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`http://localhost${path}`, { headers, redirect: 'manual' });
const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  SELF.fetch(`http://localhost${path}`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': randomIp(), ...headers },
    redirect: 'manual',
  });
const feedbackOf = (email: string) => db().select().from(helpFeedback).where(eq(helpFeedback.email, email)).all();
const newEmail = () => `fb-${randomId().toLowerCase()}@example.test`;

describe('GET /help', () => {
  it.each([
    ['uk-UA,uk;q=0.9,en;q=0.8', '/help/uk'],
    ['de, uk;q=0.5', '/help/uk'],
    ['en-GB', '/help/en'],
    ['', '/help/en'],
  ])('Accept-Language %j goes to %s', async (header, location) => {
    const res = await get('/help', header ? { 'accept-language': header } : {});
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(location);
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
  });
});

describe('GET /help/:lang', () => {
  it('shows the seed layout: title, search box, the questions, the feedback form, with the page headers', async () => {
    const res = await get('/help/en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h1>Parley help</h1>');
    expect(page).toContain('for example “widget”');
    expect(page).toMatch(/<form class="search" role="search" method="get" action="\/help\/en">/);
    expect(page).toContain('<a href="/help/en/first-time-setup">Setting up a new company</a>');
    expect(page).toContain('Could not find an answer? <a href="#feedback">Use the feedback form</a>');
    expect(page).toContain('<form method="post" action="/help/en/feedback"');
    expect(page).toContain('name="website"');
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/help/en">`);
    expect(page).toContain(`<link rel="alternate" hreflang="uk" href="${ORIGIN}/help/uk">`);
    expect(page).toContain(`<link rel="alternate" hreflang="x-default" href="${ORIGIN}/help/en">`);
    expect(page).toContain('<script type="module" src="/help-assets/help.js"></script>');
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('speaks Ukrainian at /help/uk', async () => {
    const page = await (await get('/help/uk')).text();
    expect(page).toContain('<html lang="uk">');
    expect(page).toContain('<h1>Довідка Parley</h1>');
    expect(page).toContain('<a href="/help/uk/first-time-setup">Налаштування нової компанії</a>');
    expect(page).toContain('<a href="/help/en" hreflang="en" lang="en">English</a>');
  });

  it('answers a search without JavaScript: ranked hits with the matched words in <mark>', async () => {
    const page = await (await get('/help/en?q=widget')).text();
    expect(page).toContain('Results for “widget”');
    const hits = page.match(/<ol class="hits"[\s\S]*?<\/ol>/)?.[0] ?? '';
    expect(hits).toMatch(/<li><a href="\/help\/en\/[a-z-]+">/);
    expect(hits).toMatch(/<mark>[Ww]idget<\/mark>/);
    const uk = await (await get(`/help/uk?q=${encodeURIComponent('операторів')}`)).text();
    expect(uk).toMatch(/<mark>оператор[^<]*<\/mark>/);
  });

  it('keeps any typed characters harmless, and says when nothing is found', async () => {
    const q = '"<script>alert(1)</script>" AND (*';
    const res = await get(`/help/en?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;');
    const none = await (await get('/help/en?q=zzqqxxjj')).text();
    expect(none).toContain('Nothing found for “zzqqxxjj”');
  });
});

describe('GET /help/:lang/:slug', () => {
  it('renders the article with its language alternates and the vote', async () => {
    const res = await get('/help/uk/first-time-setup');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h1>Налаштування нової компанії</h1>');
    expect(page).toContain('<strong>Додайте домен</strong>');
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/help/uk/first-time-setup">`);
    expect(page).toContain(`<link rel="alternate" hreflang="en" href="${ORIGIN}/help/en/first-time-setup">`);
    expect(page).toContain(`<link rel="alternate" hreflang="uk" href="${ORIGIN}/help/uk/first-time-setup">`);
    expect(page).toContain(`<link rel="alternate" hreflang="x-default" href="${ORIGIN}/help/en/first-time-setup">`);
    expect(page).toContain('<form class="vote" method="post" action="/help/uk/first-time-setup/vote">');
    expect(page).toContain('Чи була стаття корисною?');
  });

  it.each(['/help/en/no-such-article', '/help/fr', '/help/fr/first-time-setup', '/help/en/first-time-setup/extra', '/help/'])(
    '%s is the help 404 page',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const page = await res.text();
      expect(page).toContain('<h1>Page not found</h1>');
      expect(page).toContain('role="search"');
    },
  );

  it('hides drafts', async () => {
    const slug = `draft-${randomId().toLowerCase()}`;
    await createArticle(db(), null, { slug, published: false, translations: [{ lang: 'en', title: 'Draft', body: 'Not yet.' }] });
    expect((await get(`/help/en/${slug}`)).status).toBe(404);
  });
});

describe('POST /help/:lang/feedback (no JavaScript)', () => {
  it('stores the message and comes back to the page with a thank-you', async () => {
    const email = newEmail();
    const res = await post('/help/en/feedback', {
      page: '/help/en',
      email,
      message: 'How do I add a widget?',
      articleSlug: '',
      website: '',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/help/en?sent=1#feedback');
    expect(await feedbackOf(email)).toEqual([
      expect.objectContaining({ message: 'How do I add a widget?', articleId: null, companyId: null }),
    ]);
    expect(await (await get('/help/en?sent=1')).text()).toContain('Thank you! We have your message');
  });

  it('names the article and returns to it when sent from an article page', async () => {
    const email = newEmail();
    const res = await post('/help/en/feedback', { page: '/help/en/sessions', email, message: 'Missing a step.', articleSlug: 'sessions' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/help/en/sessions?sent=1#feedback');
    const [row] = await feedbackOf(email);
    const article = await db().select().from(helpArticles).where(eq(helpArticles.id, row!.articleId!)).get();
    expect(article?.slug).toBe('sessions');
  });

  it('takes a filled honeypot like a sent message, and keeps nothing', async () => {
    const email = newEmail();
    const res = await post('/help/en/feedback', { page: '/help/en', email, message: 'Buy now', website: 'https://spam.test' });
    expect(res.status).toBe(303);
    expect(await feedbackOf(email)).toEqual([]);
  });

  it('shows each error next to its field, keeping what was typed', async () => {
    const res = await post('/help/uk/feedback', { page: '/help/uk', email: 'not-an-email', message: '  ' });
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('<html lang="uk">');
    expect(page).toMatch(/id="fb-email"[^>]*value="not-an-email" aria-invalid="true" aria-describedby="fb-email-error"/);
    expect(page).toContain('<p class="field-error" id="fb-email-error">Введіть адресу, на яку нам відповісти.</p>');
    expect(page).toContain('<p class="field-error" id="fb-message-error">');
  });

  it('never redirects outside the help center it was posted to', async () => {
    const email = newEmail();
    const res = await post('/help/en/feedback', { page: 'https://evil.test/help/en/x', email, message: 'Hi' });
    expect(res.headers.get('location')).toBe('/help/en?sent=1#feedback');
  });
});

describe('POST /help/:lang/:slug/vote (no JavaScript)', () => {
  it('records one vote per visitor; a "no" opens the feedback form about the article', async () => {
    const first = await post('/help/en/busy-queue/vote', { helpful: 'yes' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/help/en/busy-queue?voted=yes');
    const cookie = first.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^parley_voter=/);

    const again = await post('/help/en/busy-queue/vote', { helpful: 'no' }, { cookie });
    expect(again.headers.get('location')).toBe('/help/en/busy-queue?voted=no#feedback');
    const article = await db().select().from(helpArticles).where(eq(helpArticles.slug, 'busy-queue')).get();
    const votes = await db().select().from(helpVotes).where(eq(helpVotes.articleId, article!.id)).all();
    expect(votes.filter((v) => v.helpful === false)).toHaveLength(1);

    const page = await (await get('/help/en/busy-queue?voted=no')).text();
    expect(page).toContain('Sorry it didn’t help.');
    expect(page).toMatch(/<option value="busy-queue" selected>/);
    expect(page).not.toContain('class="vote"');
  });

  it('answers 404 for a missing article', async () => {
    expect((await post('/help/en/no-such-article/vote', { helpful: 'no' })).status).toBe(404);
  });
});

describe('GET /help/c/:publicKey/:lang/:slug', () => {
  it('shows a company article in the same layout with the company name', async () => {
    const company = await createCompanyFixture();
    await createArticle(db(), company.companyId, {
      slug: 'returns',
      published: true,
      translations: [
        { lang: 'en', title: 'Returning an order', body: 'Send it back within **30 days**.' },
        { lang: 'de', title: 'Rücksendung', body: 'Innerhalb von 30 Tagen.' },
      ],
    });
    const res = await get(`/help/c/${company.publicKey}/en/returns`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/<a class="brand" href="\/help\/c\/[^"]+\/en">[^<]+ help<\/a>/);
    expect(page).toContain('<strong>30 days</strong>');
    expect(page).toContain(`hreflang="de" href="${ORIGIN}/help/c/${company.publicKey}/de/returns"`);
    const index = await (await get(`/help/c/${company.publicKey}/en`)).text();
    expect(index).toContain(`<a href="/help/c/${company.publicKey}/en/returns">Returning an order</a>`);
    expect(index).not.toContain('first-time-setup');
    expect((await get(`/help/c/${company.publicKey}/en/first-time-setup`)).status).toBe(404);
    expect((await get(`/help/c/no-such-key/en/returns`)).status).toBe(404);
    // Parley's pages don't show a company's article either.
    expect((await get('/help/en/returns')).status).toBe(404);

    // The page's search-as-you-type asks the same address for JSON: the company's hits only.
    expect(index).toContain(`data-api="/help/c/${company.publicKey}/en"`);
    const suggest = await get(`/help/c/${company.publicKey}/en?q=retur`, { accept: 'application/json', 'cf-connecting-ip': randomIp() });
    expect(suggest.status).toBe(200);
    expect(suggest.headers.get('vary')).toMatch(/accept/i);
    const { articles } = (await suggest.json()) as { articles: { slug: string; titleHtml: string }[] };
    expect(articles[0]).toMatchObject({ slug: 'returns', titleHtml: '<mark>Returning</mark> an order' });
    const parleys = (await (await get(`/help/c/${company.publicKey}/en?q=widget`, { accept: 'application/json' })).json()) as {
      articles: unknown[];
    };
    expect(parleys.articles).toEqual([]);

    // Its feedback form keeps the message in the company's scope, about its article.
    const email = newEmail();
    const sent = await post(`/help/c/${company.publicKey}/en/feedback`, {
      page: `/help/c/${company.publicKey}/en/returns`,
      email,
      message: 'Can I return a gift?',
      articleSlug: 'returns',
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/help/c/${company.publicKey}/en/returns?sent=1#feedback`);
    expect(await feedbackOf(email)).toEqual([expect.objectContaining({ companyId: company.companyId, message: 'Can I return a gift?' })]);
  });
});
