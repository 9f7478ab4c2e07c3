import { back, current, type HelpNav, openHelp, showArticle, typed } from '../../../logic/help-nav';
import { latestSearch } from '../../../logic/latest-search';
import { findArticles, type Hit } from './api';
import { type HelpKit, type HelpShell, helpKit, marked } from './kit';
import { helpStrings } from './strings';
import { addHelpStyles } from './styles';

/** The help being shown, and what had focus when it opened: that gets it back when the help closes. */
export interface HelpHost extends HelpKit {
  back: HTMLElement | null;
}

/** Search-as-you-type waits for this pause in typing. */
const SEARCH_DELAY_MS = 250;

let nav: HelpNav = [];
let article: Promise<typeof import('./article')> | undefined;

/**
 * The widget's help center (F19), loaded when first opened: the search (all articles before a
 * word is typed) and, lazily, the article view; Back walks the same way back and finally shows
 * the dialog's body again.
 */
export function openPane(shell: HelpShell, slug?: string): void {
  const host: HelpHost = { ...helpKit(shell), back: shell.root.activeElement as HTMLElement | null };
  addHelpStyles(host.root);
  nav = openHelp(slug);
  host.body.hidden = true;
  host.pane.hidden = false;
  draw(host);
}

function draw(host: HelpHost): void {
  const page = current(nav);
  if (!page) {
    host.pane.hidden = true;
    host.pane.replaceChildren();
    host.body.hidden = false;
    const to = host.back?.isConnected ? host.back : host.body.querySelector<HTMLElement>('textarea, .bt, input, .pr');
    return to?.focus();
  }
  const s = helpStrings(host.ui);
  const goBack = () => {
    nav = back(nav);
    draw(host);
  };
  const top = (title: string) =>
    host.h(
      'div',
      { class: 'hh' },
      host.h('button', { class: 'hk', type: 'button', onclick: goBack }, host.h('span', { 'aria-hidden': 'true' }, '← '), s.back),
      host.h('h3', null, title),
    );
  if (page.view === 'search') return searchPage(host, page.q, top(s.title));
  const slug = page.slug;
  const shown = nav;
  article ??= import('./article');
  article.then((m) => nav === shown && m.renderArticle(host, slug, top));
}

function searchPage(host: HelpHost, q: string, top: HTMLElement): void {
  const { h } = host;
  const s = helpStrings(host.ui);
  const input = h('input', { type: 'search', 'aria-label': s.title, placeholder: s.placeholder, enterkeyhint: 'search', maxlength: 200 });
  input.value = q;
  const status = h('p', { class: 'hn', role: 'status' });
  const list = h('ul', { class: 'hl' });
  const results = h('div', { class: 'hv' }, input, status, list);
  const hit = (a: Hit) =>
    h(
      'li',
      null,
      h(
        'button',
        {
          class: 'hr',
          type: 'button',
          onclick: () => {
            nav = showArticle(nav, a.slug);
            draw(host);
          },
        },
        h('strong', null, ...(a.titleHtml ? marked(host, a.titleHtml) : [a.title])),
        h('span', null, ...(a.snippetHtml ? marked(host, a.snippetHtml) : [a.excerpt ?? ''])),
      ),
    );
  const search = latestSearch<Hit[]>({
    delayMs: SEARCH_DELAY_MS,
    run: (text, signal) => findArticles(host.target, text, signal),
    show: (state) => {
      list.setAttribute('aria-busy', String(state.type === 'loading'));
      if (state.type === 'loading') {
        status.textContent = s.searching;
        return;
      }
      if (state.type === 'error') {
        list.replaceChildren();
        return status.replaceChildren(
          s.error,
          ' ',
          h('button', { class: 'hk', type: 'button', onclick: () => search.now(input.value) }, s.retry),
        );
      }
      if (state.type !== 'done') return;
      status.textContent = state.result.length ? '' : state.q ? s.empty : s.none;
      list.replaceChildren(...state.result.map(hit));
    },
  });
  const ask = () => (input.value.trim() ? search.input(input.value) : search.now(''));
  input.addEventListener('input', () => {
    nav = typed(nav, input.value);
    ask();
  });
  // Down from the box moves to the first result; the results are buttons, so Tab and Enter work too.
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') list.querySelector('button')?.focus();
  });
  list.addEventListener('keydown', (e) => {
    const buttons = [...list.querySelectorAll('button')];
    const at = buttons.indexOf(host.root.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') buttons[at + 1]?.focus();
    else if (e.key === 'ArrowUp') (buttons[at - 1] ?? input).focus();
    else return;
    e.preventDefault();
  });
  host.pane.replaceChildren(top, results);
  search.now(q);
  input.focus();
}
