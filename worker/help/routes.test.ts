import { SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { devMail, helpFeedback, helpVotes } from '../../db/schema';
import { apiFetch, createUser, db, type TestUser } from '../../test/helpers';
import { expectError, expectJson } from '../companies/test/api';
import { uniqueIp } from '../offline/test/fixtures';
import { FEEDBACK_EMAIL_RULE } from './submit-feedback';
import { VOTER_COOKIE } from './voter';

let admin: TestUser;
let someone: TestUser;
beforeAll(async () => {
  // wrangler.toml's ADMIN_EMAILS.
  admin = await createUser({ email: 'admin@parley.test' });
  someone = await createUser();
});

const draft = (slug: string) => ({
  slug,
  published: false,
  translations: [
    { lang: 'en', title: 'Refund <b>policy</b>', body: 'Refunds take **five** days. <script>alert(1)</script>' },
    { lang: 'uk', title: 'Повернення коштів', body: 'Повернення триває пʼять днів.' },
  ],
});

describe('GET /api/help/articles', () => {
  it('lists the seeded articles in order without q, and searches with it', async () => {
    const list = await expectJson<{ articles: { slug: string; title: string }[] }>(await apiFetch('/api/help/articles?lang=uk'), 200);
    expect(list.articles[0]).toMatchObject({ slug: 'first-time-setup', title: 'Налаштування нової компанії' });
    expect(list.articles.length).toBeGreaterThanOrEqual(20);

    const found = await expectJson<{ articles: { slug: string; titleHtml: string; snippetHtml: string }[] }>(
      await apiFetch(`/api/help/articles?q=${encodeURIComponent('операторів')}&lang=uk`),
      200,
    );
    expect(found.articles[0]!.slug).toBe('adding-operators');
    // Highlights mark the words as written, never their stems.
    expect(found.articles[0]!.titleHtml).toBe('Як додати <mark>операторів</mark> до компанії');
    expect(found.articles.map((a) => a.snippetHtml).join(' ')).toMatch(/<mark>оператор[а-яі]+<\/mark>/);
  });

  it('answers 400 to a bad language or an overlong query, and safely to any characters', async () => {
    await expectError(await apiFetch('/api/help/articles?lang=english!'), 400, 'invalid_input');
    await expectError(await apiFetch(`/api/help/articles?q=${'a'.repeat(1001)}`), 400, 'invalid_input');
    for (const q of ['"', "'", 'NEAR(', ') OR (', '*', '^', 'title_stem:', '🙂🙂', 'a'.repeat(1000), 'AND OR NOT']) {
      expect((await apiFetch(`/api/help/articles?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
    }
  });

  it('shows drafts to admins only', async () => {
    await expectJson(await apiFetch('/api/help/articles', { user: admin, body: draft('refund-draft') }), 201);
    const slugsFor = async (user: TestUser | null) =>
      (await expectJson<{ articles: { slug: string }[] }>(await apiFetch('/api/help/articles?lang=en', { user }), 200)).articles.map(
        (a) => a.slug,
      );
    expect(await slugsFor(admin)).toContain('refund-draft');
    expect(await slugsFor(someone)).not.toContain('refund-draft');
    expect(await slugsFor(null)).not.toContain('refund-draft');
    await expectError(await apiFetch('/api/help/articles/refund-draft'), 404, 'not_found');
    const searched = await expectJson<{ articles: { slug: string }[] }>(await apiFetch('/api/help/articles?q=refunds'), 200);
    expect(searched.articles.map((a) => a.slug)).not.toContain('refund-draft');
  });
});

describe('GET /api/help/articles/:slug', () => {
  it('answers the article in the language asked, with safe HTML and its languages', async () => {
    const en = await expectJson<{ title: string; html: string; langs: string[] }>(
      await apiFetch('/api/help/articles/adding-operators?lang=en'),
      200,
    );
    expect(en.title).toBe('Adding operators to a company');
    expect(en.langs).toEqual(['en', 'uk']);
    expect(en.html).toContain('<p>');
    await expectError(await apiFetch('/api/help/articles/no-such-article'), 404, 'not_found');
    await expectError(await apiFetch('/api/help/articles/adding-operators?lang=de'), 404, 'not_found');
  });
});

describe('admin writes', () => {
  it('refuse anyone but the admins: 401 signed out, 403 signed in', async () => {
    await expectError(await apiFetch('/api/help/articles', { body: draft('x-one') }), 401, 'unauthorized');
    await expectError(await apiFetch('/api/help/articles', { user: someone, body: draft('x-one') }), 403, 'forbidden');
    await expectError(
      await apiFetch('/api/help/articles/adding-operators', { method: 'PATCH', user: someone, body: { published: false } }),
      403,
      'forbidden',
    );
    await expectError(await apiFetch('/api/help/articles/adding-operators', { method: 'DELETE', user: someone }), 403, 'forbidden');
    await expectError(await apiFetch('/api/help/feedback', { user: someone }), 403, 'forbidden');
    await expectError(await apiFetch('/api/help/votes', { user: someone }), 403, 'forbidden');
  });

  it('create, publish, edit, rename and delete an article, and keep search in step', async () => {
    const created = await expectJson<{ html: string; published: boolean }>(
      await apiFetch('/api/help/articles', { user: admin, body: draft('refunds') }),
      201,
    );
    expect(created.published).toBe(false);
    // Markdown rendered, the author's HTML escaped.
    expect(created.html).toContain('<strong>five</strong>');
    expect(created.html).toContain('&lt;script&gt;');
    expect(created.html).not.toContain('<script>');
    await expectError(await apiFetch('/api/help/articles', { user: admin, body: draft('refunds') }), 409, 'slug_taken');

    await expectJson(await apiFetch('/api/help/articles/refunds', { method: 'PATCH', user: admin, body: { published: true } }), 200);
    const search = async (q: string, lang = 'en') =>
      (
        await expectJson<{ articles: { slug: string }[] }>(
          await apiFetch(`/api/help/articles?q=${encodeURIComponent(q)}&lang=${lang}`),
          200,
        )
      ).articles.map((a) => a.slug);
    expect((await search('refunds '))[0]).toBe('refunds');
    expect((await search('повернення', 'uk'))[0]).toBe('refunds');

    await expectJson(
      await apiFetch('/api/help/articles/refunds', {
        method: 'PATCH',
        user: admin,
        body: { slug: 'money-back', translations: [{ lang: 'en', title: 'Money back', body: 'Chargebacks are answered within a week.' }] },
      }),
      200,
    );
    expect(await search('refunds ')).not.toContain('refunds');
    expect(await search('chargebacks ')).toEqual(['money-back']);
    await expectError(await apiFetch('/api/help/articles/refunds'), 404, 'not_found');

    expect((await apiFetch('/api/help/articles/money-back', { method: 'DELETE', user: admin })).status).toBe(204);
    expect(await search('chargebacks ')).toEqual([]);
    await expectError(await apiFetch('/api/help/articles/money-back', { method: 'DELETE', user: admin }), 404, 'not_found');
  });

  it('validate the article', async () => {
    const bad = [
      { ...draft('Not A Slug') },
      { ...draft('ok-slug'), translations: [] },
      { ...draft('ok-slug'), translations: [{ lang: 'en', title: '', body: 'x' }] },
      { ...draft('ok-slug'), translations: [draft('x').translations[0], draft('x').translations[0]] },
    ];
    for (const body of bad) await expectError(await apiFetch('/api/help/articles', { user: admin, body }), 400, 'invalid_input');
  });
});

describe('POST /api/help/articles/:slug/votes', () => {
  const vote = (helpful: unknown, cookie?: string) =>
    apiFetch('/api/help/articles/languages/votes', {
      body: { helpful },
      headers: { 'cf-connecting-ip': uniqueIp(), ...(cookie ? { cookie } : {}) },
    });

  it('counts one vote per visitor: a second vote changes it', async () => {
    const first = await vote(true);
    expect(first.status).toBe(201);
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect(cookie.startsWith(`${VOTER_COOKIE}=`)).toBe(true);
    expect((await vote(false, cookie)).status).toBe(201);
    expect((await vote(true)).status).toBe(201);

    const rows = await db().select().from(helpVotes).where(eq(helpVotes.articleId, 'seed-languages'));
    expect(rows.map((r) => r.helpful).sort()).toEqual([false, true]);
    // Only the hash of the cookie is stored.
    expect(rows.map((r) => r.voter)).not.toContain(cookie.split('=')[1]);
    const counts = await expectJson<{ votes: { slug: string; helpful: number; notHelpful: number }[] }>(
      await apiFetch('/api/help/votes', { user: admin }),
      200,
    );
    expect(counts.votes.find((v) => v.slug === 'languages')).toEqual({ slug: 'languages', helpful: 1, notHelpful: 1 });
  });

  it('answers 400 to a vote that is not a boolean and 404 to a missing article', async () => {
    await expectError(await vote('yes'), 400, 'invalid_input');
    await expectError(await apiFetch('/api/help/articles/nope/votes', { body: { helpful: true } }), 404, 'not_found');
  });
});

describe('POST /api/help/feedback', () => {
  const send = (body: Record<string, unknown>, ip = uniqueIp()) =>
    apiFetch('/api/help/feedback', { body, headers: { 'cf-connecting-ip': ip } });

  it('stores the message, then mails it to the admins through the mail queue', async () => {
    const email = `reader-${crypto.randomUUID()}@example.test`;
    const res = await send({ email, message: 'The page about <b>domains</b> is unclear.', articleSlug: 'domain-verification' });
    expect(res.status).toBe(201);
    const row = await db().select().from(helpFeedback).where(eq(helpFeedback.email, email)).get();
    expect(row).toMatchObject({ articleId: 'seed-domain-verification', companyId: null });
    const mail = await vi.waitFor(
      async () => {
        const found = await db().select().from(devMail).where(eq(devMail.replyTo, email)).get();
        if (!found) throw new Error('not mailed yet');
        return found;
      },
      { timeout: 30_000, interval: 50 },
    );
    expect(mail).toMatchObject({ to: 'admin@parley.test' });
    expect(mail.text).toContain('The page about <b>domains</b> is unclear.');
    await vi.waitFor(async () =>
      expect((await db().select().from(helpFeedback).where(eq(helpFeedback.email, email)).get())!.mailedAt).not.toBeNull(),
    );

    const list = await expectJson<{ feedback: { email: string; articleSlug: string | null }[] }>(
      await apiFetch('/api/help/feedback', { user: admin }),
      200,
    );
    expect(list.feedback.find((f) => f.email === email)).toMatchObject({ articleSlug: 'domain-verification' });
  });

  it('drops a filled honeypot silently', async () => {
    const email = `bot-${crypto.randomUUID()}@example.test`;
    expect((await send({ email, message: 'Buy now', website: 'https://spam.example' })).status).toBe(201);
    expect(await db().select().from(helpFeedback).where(eq(helpFeedback.email, email)).get()).toBeUndefined();
  });

  it('validates, and limits messages per address', async () => {
    await expectError(await send({ email: 'not-an-email', message: 'hi' }), 400, 'invalid_input');
    await expectError(await send({ email: 'a@example.test', message: '   ' }), 400, 'invalid_input');
    await expectError(await send({ email: 'a@example.test', message: 'x'.repeat(5001) }), 400, 'invalid_input');
    await expectError(await send({ email: 'a@example.test', message: 'hi', articleSlug: 'nope' }), 404, 'not_found');
    const email = `busy-${crypto.randomUUID()}@example.test`;
    for (let i = 0; i < FEEDBACK_EMAIL_RULE.limit; i++) expect((await send({ email, message: `note ${i}` })).status).toBe(201);
    const refused = await send({ email, message: 'one more' });
    await expectError(refused, 429, 'rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('unknown help paths', () => {
  it('answer 404 in the error shape', async () => {
    await expectError(await SELF.fetch('http://localhost/api/help/nothing'), 404, 'not_found');
  });
});
