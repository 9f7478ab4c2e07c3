import { A, createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { PAGE_LANGS } from '../../../../common/help/page-langs';
import { QueryState } from '../../components/query-state';
import { LangTabs } from './lang-tabs';
import { getHelpArticles } from './queries';
import './help-articles.css';

const DEBOUNCE_MS = 200;

/** Help articles: Parley's knowledge base, searchable per language, drafts marked. */
export default function HelpArticlesPage() {
  const [lang, setLang] = createSignal<string>(PAGE_LANGS[0]);
  const [typed, setTyped] = createSignal('');
  const [q, setQ] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onInput = (value: string) => {
    setTyped(value);
    clearTimeout(timer);
    timer = setTimeout(() => setQ(value.trim()), DEBOUNCE_MS);
  };
  const articles = createAsync(() => getHelpArticles(lang(), q()));
  return (
    <>
      <h2 class="page-title">Help articles</h2>
      <p class="lead">
        The public help at <a href={`/help/${lang()}`}>/help/{lang()}</a>. Changes show there at once. See{' '}
        <A href="/help-articles/feedback">votes and feedback</A>.
      </p>
      <div class="card">
        <div class="help-toolbar">
          <LangTabs value={lang()} onChange={setLang} label="Article language" />
          <input
            type="search"
            aria-label="Search articles"
            placeholder="Search articles"
            value={typed()}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <A class="button primary" href="/help-articles/new">
            New article
          </A>
        </div>
        <QueryState data={articles} what="articles" keys={getHelpArticles.keyFor(lang(), q())}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="help-muted">No articles{q() ? ` match “${q()}”` : ''}.</p>}>
              <ul class="help-list">
                <For each={list()}>
                  {(a) => (
                    <li>
                      <A href={`/help-articles/${a.slug}`}>
                        <Show when={a.titleHtml} fallback={a.title}>
                          {/* Escaped by the server; only <mark> is markup. */}
                          <span innerHTML={a.titleHtml} />
                        </Show>
                      </A>
                      <Show when={a.published === false}>
                        <span class="badge">Draft</span>
                      </Show>
                      <code class="help-muted">{a.slug}</code>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </QueryState>
      </div>
    </>
  );
}
