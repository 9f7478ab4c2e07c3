// @ts-check
// Search-as-you-type for the help pages (worker/help-pages), Parley's and companies': the plain
// GET form keeps working without this file. Suggestions come from the input's data-api URL with
// q= added (GET /api/help/articles, or a company help center's index page as JSON), debounced,
// newest answer only; arrows move through them, Enter opens one, Escape closes the list.

const DEBOUNCE_MS = 150;
const input = /** @type {HTMLInputElement | null} */ (document.querySelector('input#q[data-api]'));

if (input?.dataset.api) {
  const api = input.dataset.api;
  const base = input.dataset.base ?? '';
  const list = document.createElement('ul');
  list.id = 'q-suggest';
  list.className = 'suggest';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.closest('form')?.append(list);

  let timer = 0;
  let seq = 0;
  let active = -1;

  const options = () => Array.from(list.querySelectorAll('[role="option"]'));
  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  /** @param {number} i */
  const select = (i) => {
    const all = options();
    for (const [n, el] of all.entries()) el.setAttribute('aria-selected', String(n === i));
    active = i;
    if (i >= 0 && all[i]) input.setAttribute('aria-activedescendant', all[i].id);
    else input.removeAttribute('aria-activedescendant');
  };

  /** @param {{slug: string, titleHtml: string, snippetHtml: string}[]} hits */
  const show = (hits) => {
    // titleHtml and snippetHtml are escaped by the server, with only <mark> added.
    list.innerHTML = hits
      .slice(0, 8)
      .map(
        (h, i) =>
          `<li role="option" id="q-opt-${i}" aria-selected="false"><a href="${base}/${encodeURIComponent(h.slug)}" tabindex="-1">${h.titleHtml}<small>${h.snippetHtml}</small></a></li>`,
      )
      .join('');
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    active = -1;
  };

  const search = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) return close();
    try {
      const url = new URL(api, location.href);
      url.searchParams.set('q', q);
      const res = await fetch(url, { headers: { accept: 'application/json' } });
      if (!res.ok || mine !== seq) return;
      const { articles } = await res.json();
      if (mine === seq) show(articles);
    } catch {
      // Offline or refused: the form's submit still searches.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(search, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    const all = options();
    if (e.key === 'ArrowDown' && all.length > 0) {
      e.preventDefault();
      if (list.hidden) list.hidden = false;
      select((active + 1) % all.length);
    } else if (e.key === 'ArrowUp' && all.length > 0) {
      e.preventDefault();
      select(active <= 0 ? all.length - 1 : active - 1);
    } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
      e.preventDefault();
      all[active]?.querySelector('a')?.click();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  // A press on a suggestion must not blur the input first, or the list would close under it.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  input.addEventListener('blur', close);
}
