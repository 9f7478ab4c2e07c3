import { fetchArticle, publicUrl, sendVote } from './api';
import { articleFragment } from './article-html';
import type { HelpHost } from './pane';
import { helpStrings } from './strings';

/**
 * One article inside the widget (F19), a chunk of its own loaded when the first article opens:
 * the server's rendered Markdown cleaned again, "Was this helpful?", and the public page in a new tab.
 */
export function renderArticle(host: HelpHost, slug: string, top: (title: string) => HTMLElement): void {
  const { h, target } = host;
  const s = helpStrings(host.ui);
  const view = h('div', { class: 'hv' }, h('p', { class: 'hn', role: 'status' }, s.loading));
  host.pane.replaceChildren(top(s.title), view);
  const backButton = host.pane.querySelector<HTMLElement>('.hk');
  backButton?.focus();
  fetchArticle(target, slug).then(
    (a) => {
      if (!view.isConnected) return;
      const heading = h('h3', { tabindex: -1 }, a.title);
      const votes = h('div', { class: 'hy' });
      const vote = (helpful: boolean) => {
        // Thanked at once: a vote that fails to arrive costs the visitor nothing.
        sendVote(target, slug, helpful, host.view().offline.visitorId).catch(() => {});
        votes.replaceChildren(h('p', { role: 'status' }, s.thanks));
      };
      votes.replaceChildren(
        h('p', null, s.helpful),
        h('button', { class: 'hk', type: 'button', onclick: () => vote(true) }, s.yes),
        h('button', { class: 'hk', type: 'button', onclick: () => vote(false) }, s.no),
      );
      const body = h('div', { class: 'ac' });
      body.append(articleFragment(a.html, target.base));
      const link = h('a', { class: 'hx', href: publicUrl(target, slug), target: '_blank', rel: 'noopener' }, s.newTab);
      view.replaceChildren(heading, body, votes, link);
      if (host.root.activeElement === backButton) heading.focus();
    },
    () => {
      if (!view.isConnected) return;
      const retry = h('button', { class: 'hk', type: 'button', onclick: () => renderArticle(host, slug, top) }, s.retry);
      view.replaceChildren(h('p', { class: 'al', role: 'alert' }, s.error), retry);
    },
  );
}
