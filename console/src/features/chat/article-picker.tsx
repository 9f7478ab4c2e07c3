import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { call } from '../../lib/api';
import { helpClient } from '../help-articles/help-client';
import { articlePickerKey } from './article-picker-keys';

interface Hit {
  slug: string;
  title: string;
  /** Only in the list without a search. */
  published?: boolean;
}

/** Search waits for this pause in typing. */
const SEARCH_DELAY_MS = 200;

/**
 * The composer's article picker (F19): searches the company's published help articles in the
 * visitor's language; Up/Down move, Enter inserts the article's public link, Escape closes.
 * Drafts are left out, since the visitor could not open them.
 */
export function ArticlePicker(props: { companyId: string; lang: string; onPick: (slug: string) => void; onClose: () => void }) {
  let input!: HTMLInputElement;
  const client = helpClient(props.companyId);
  const [hits, setHits] = createSignal<Hit[]>([]);
  const [status, setStatus] = createSignal<'loading' | 'done' | 'error'>('loading');
  const [active, setActive] = createSignal(0);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const fetchList = async (q: string) => (await call<{ articles: Hit[] }>(client.list(props.lang, q))).articles;
  // Every published article, in the company's order: shown before a word is typed, and the filter for search hits.
  let published: Promise<Hit[]> | undefined;
  const publishedList = () => (published ??= fetchList('').then((all) => all.filter((a) => a.published)));

  const load = (q: string) => {
    const mine = ++latest;
    setStatus('loading');
    const request = q
      ? Promise.all([publishedList(), fetchList(q)]).then(([pub, found]) => {
          const slugs = new Set(pub.map((a) => a.slug));
          return found.filter((a) => slugs.has(a.slug));
        })
      : publishedList();
    request.then(
      (list) => {
        if (mine !== latest) return;
        setHits(list);
        setActive(0);
        setStatus('done');
      },
      () => {
        if (mine !== latest) return;
        published = undefined;
        setStatus('error');
      },
    );
  };

  onMount(() => {
    load('');
    input.focus();
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const result = articlePickerKey(e.key, active(), hits().length);
    if (result.preventDefault) e.preventDefault();
    setActive(result.active);
    if (result.action === 'close') props.onClose();
    else if (result.action === 'insert') props.onPick(hits()[result.active]!.slug);
  };
  const listId = 'article-picker-list';
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div
      class="fast-picker article-picker"
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) props.onClose();
      }}
    >
      <label class="fast-picker-head" for="article-picker-q">
        Link a help article ({props.lang}) · ↑↓ to move, Enter to insert, Esc to close
      </label>
      <input
        ref={input}
        id="article-picker-q"
        type="search"
        role="combobox"
        autocomplete="off"
        aria-expanded={hits().length > 0}
        aria-controls={listId}
        aria-activedescendant={hits().length > 0 ? optionId(active()) : undefined}
        placeholder="Search your help center"
        onInput={(e) => {
          const q = e.currentTarget.value.trim();
          clearTimeout(timer);
          timer = setTimeout(() => load(q), SEARCH_DELAY_MS);
        }}
        onKeyDown={onKeyDown}
      />
      <p class="hint fast-picker-empty" role="status">
        {status() === 'loading'
          ? 'Searching…'
          : status() === 'error'
            ? 'Could not load the articles. Try again.'
            : hits().length === 0
              ? `No published article in this language (${props.lang}) matches.`
              : ''}
      </p>
      <Show when={hits().length > 0}>
        <div class="fast-picker-list" id={listId} role="listbox" aria-label="Help articles">
          <For each={hits()}>
            {(a, i) => (
              // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/useKeyWithClickEvents: focus stays in the search box, whose arrow keys and Enter drive these options (aria-activedescendant).
              <div
                id={optionId(i())}
                role="option"
                aria-selected={active() === i()}
                classList={{ active: active() === i() }}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i())}
                onClick={() => props.onPick(a.slug)}
              >
                {a.title}
              </div>
            )}
          </For>
        </div>
      </Show>
    </div>
  );
}
