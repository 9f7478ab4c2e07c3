import { latestSearch } from '../../../logic/latest-search';
import { findArticles, type Hit } from './api';
import { type HelpShell, helpKit, marked } from './kit';
import { helpStrings } from './strings';
import { addHelpStyles } from './styles';

/** Suggestions wait for a longer pause than the search: the visitor is writing, not searching. */
const SUGGEST_DELAY_MS = 400;
const MIN_CHARS = 3;
const SHOWN = 3;

/**
 * Articles that may answer the first message, shown above the composer while it is written
 * (F19). Loaded when the composer is first focused; a sent message or an emptied box hides them.
 */
export function suggest(shell: HelpShell, input: HTMLTextAreaElement, form: HTMLFormElement, open: (slug: string) => void): void {
  const host = helpKit(shell);
  const { h } = host;
  // Only the first message is helped: suggestions stop once a chat has begun or a message waits to go.
  const active = () => !shell.view().chat && !shell.view().pending.length;
  addHelpStyles(host.root);
  const s = helpStrings(host.ui);
  const list = h('ul');
  const box = h(
    'div',
    { class: 'sg', role: 'region', 'aria-label': s.suggested, hidden: true },
    h('p', { 'aria-hidden': 'true' }, s.suggested),
    list,
  );
  form.before(box);
  const item = (a: Hit) =>
    h(
      'li',
      null,
      h(
        'button',
        { class: 'hr', type: 'button', onclick: () => open(a.slug) },
        h('strong', null, ...(a.titleHtml ? marked(host, a.titleHtml) : [a.title])),
      ),
    );
  const search = latestSearch<Hit[]>({
    delayMs: SUGGEST_DELAY_MS,
    run: (q, signal) => findArticles(host.target, q, signal),
    show: (state) => {
      if (state.type === 'loading') return;
      const hits = state.type === 'done' ? state.result.slice(0, SHOWN) : [];
      list.replaceChildren(...hits.map(item));
      box.hidden = hits.length === 0;
    },
  });
  const hide = () => {
    search.cancel();
    box.hidden = true;
  };
  const update = () => (active() && input.value.trim().length >= MIN_CHARS ? search.input(input.value) : hide());
  input.addEventListener('input', update);
  input.addEventListener('keydown', (e) => e.key === 'Enter' && !e.shiftKey && hide());
  form.addEventListener('submit', hide);
  update();
}
