import { html, raw } from 'hono/html';
import type { SearchHit } from '../help/search';
import type { ArticleSummary, ArticleView } from '../help/store';
import { type FeedbackState, feedbackForm } from './feedback-form';
import { type Alternate, layout } from './layout';
import type { PageStrings } from './strings';

/** Which help center a page belongs to: Parley's (`/help`) or a company's (`/help/c/:publicKey`). */
export interface Site {
  /** Path prefix of every page of this help center. */
  base: string;
  /** Shown in the header and titles: "Parley help", "<Company> help". */
  name: string;
  /** The deployment's origin, for canonical and hreflang URLs. */
  origin: string;
}

interface PageBase {
  site: Site;
  lang: string;
  t: PageStrings;
  /** The languages this page exists in: code and own name. */
  langs: readonly { lang: string; name: string }[];
}

const alternates = (p: PageBase, path: (lang: string) => string): Alternate[] =>
  p.langs.map(({ lang, name }) => ({ lang, name, href: `${p.site.origin}${path(lang)}` }));

/**
 * Where the page's script asks for suggestions as the visitor types: Parley's search API, or for a
 * company (whose widget API answers only its own sites) this help center's index page as JSON.
 */
const suggestApi = (p: PageBase) => (p.site.base === '/help' ? `/api/help/articles?lang=${p.lang}` : `${p.site.base}/${p.lang}`);

const searchForm = (p: PageBase, q: string) => html`<form class="search" role="search" method="get" action="${p.site.base}/${p.lang}">
<label for="q">${p.t.searchLabel}</label>
<div class="search-row">
<input id="q" name="q" type="search" value="${q}" autocomplete="off" maxlength="1000" spellcheck="false"
 data-api="${suggestApi(p)}" data-base="${p.site.base}/${p.lang}">
<button type="submit">${p.t.searchButton}</button>
</div>
</form>`;

export interface IndexPageProps extends PageBase {
  articles: readonly ArticleSummary[];
  /** The search as typed, and its hits when there is one. */
  q: string;
  hits: readonly SearchHit[] | null;
  feedback: FeedbackState;
}

/** `/help/:lang`: the seed's layout, a title, the search, the questions (or the hits), the feedback form. */
export function indexPage(p: IndexPageProps) {
  const path = (lang: string) => `${p.site.base}/${lang}`;
  const list = p.hits
    ? html`<h2 id="list-title">${p.t.results(p.q)}</h2>
${
  p.hits.length > 0
    ? html`<ol class="hits" aria-labelledby="list-title">${p.hits.map(
        (h) => html`<li><a href="${path(p.lang)}/${h.slug}">${raw(h.titleHtml)}</a><p>${raw(h.snippetHtml)}</p></li>`,
      )}</ol>`
    : html`<p class="empty">${p.t.noResults(p.q)}</p>`
}
<p><a href="${path(p.lang)}">${p.t.allQuestions}</a></p>`
    : html`<h2 id="list-title">${p.t.questions}</h2>
<ol class="questions" aria-labelledby="list-title">${p.articles.map((a) => html`<li><a href="${path(p.lang)}/${a.slug}">${a.title}</a></li>`)}</ol>`;
  return layout({
    lang: p.lang,
    title: p.hits ? `${p.t.results(p.q)} · ${p.site.name}` : p.site.name,
    site: { name: p.site.name, href: path(p.lang) },
    canonical: `${p.site.origin}${path(p.lang)}`,
    alternates: alternates(p, path),
    description: p.t.intro,
    languagesLabel: p.t.languages,
    body: html`<h1>${p.site.name}</h1>
<p class="intro">${p.t.intro}</p>
${searchForm(p, p.q)}
<section class="list" aria-live="polite">${list}</section>
<p class="ask">${p.t.feedbackLead} <a href="#feedback">${p.t.feedbackLink}</a></p>
${feedbackForm({ action: `${path(p.lang)}/feedback`, page: path(p.lang), t: p.t, articles: p.articles, state: p.feedback })}`,
  });
}

export interface ArticlePageProps extends PageBase {
  article: ArticleView;
  html: string;
  /** The scope's articles in this language, for the feedback form's choice. */
  articles: readonly ArticleSummary[];
  voted: 'yes' | 'no' | null;
  /** The feedback link was followed: show the form about this article. */
  ask: boolean;
  feedback: FeedbackState;
  /** Whether the vote and feedback forms are offered. */
  interactive: boolean;
}

/** `/help/:lang/:slug`: the rendered article, "Was this helpful?", and after a "no" the feedback form about it. */
export function articlePage(p: ArticlePageProps) {
  const path = (lang: string) => `${p.site.base}/${lang}/${p.article.slug}`;
  const self = path(p.lang);
  const showForm = p.ask || p.voted === 'no' || p.feedback.sent || p.feedback.errors !== undefined;
  const vote =
    p.voted === 'yes'
      ? html`<p class="notice" role="status">${p.t.votedYes}</p>`
      : p.voted === 'no'
        ? ''
        : html`<form class="vote" method="post" action="${self}/vote">
<span id="vote-label">${p.t.helpful}</span>
<button type="submit" name="helpful" value="yes" aria-describedby="vote-label">${p.t.yes}</button>
<button type="submit" name="helpful" value="no" aria-describedby="vote-label">${p.t.no}</button>
</form>`;
  return layout({
    lang: p.lang,
    title: `${p.article.title} · ${p.site.name}`,
    site: { name: p.site.name, href: `${p.site.base}/${p.lang}` },
    canonical: `${p.site.origin}${self}`,
    alternates: alternates(p, path),
    languagesLabel: p.t.languages,
    body: html`<p class="crumb"><a href="${p.site.base}/${p.lang}">← ${p.t.back}</a></p>
<article>
<h1>${p.article.title}</h1>
${raw(p.html)}
</article>
${p.interactive ? vote : ''}
${
  p.interactive && showForm
    ? feedbackForm({
        action: `${p.site.base}/${p.lang}/feedback`,
        page: self,
        t: p.t,
        articles: p.articles,
        articleSlug: p.article.slug,
        lead: p.voted === 'no' ? p.t.votedNo : undefined,
        state: p.feedback,
      })
    : p.interactive
      ? html`<p class="ask">${p.t.feedbackLead} <a href="${self}?ask=1#feedback">${p.t.feedbackLink}</a></p>`
      : ''
}`,
  });
}

/** The 404 answer of any help path, in the same layout: the search and the way back. */
export function notFoundPage(p: PageBase) {
  const path = (lang: string) => `${p.site.base}/${lang}`;
  return layout({
    lang: p.lang,
    title: `${p.t.notFoundTitle} · ${p.site.name}`,
    site: { name: p.site.name, href: path(p.lang) },
    canonical: `${p.site.origin}${path(p.lang)}`,
    alternates: [],
    languagesLabel: p.t.languages,
    body: html`<h1>${p.t.notFoundTitle}</h1>
<p>${p.t.notFoundLead}</p>
${searchForm(p, '')}
<p><a href="${path(p.lang)}">${p.t.allQuestions}</a></p>`,
  });
}
