import { A, createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { QueryState } from '../../components/query-state';
import { useHelpScope } from './help-scope';
import { LangTabs } from './lang-tabs';
import { getHelpArticles } from './queries';
import './help-articles.css';

const DEBOUNCE_MS = 200;

/** Help articles: Parley's knowledge base, or a company's help center; searchable per language, drafts marked. */
export default function HelpArticlesPage() {
  const scope = useHelpScope();
  const [chosen, setLang] = createSignal<string>();
  const lang = () => chosen() ?? scope.langs()?.[0];
  const [typed, setTyped] = createSignal('');
  const [q, setQ] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onInput = (value: string) => {
    setTyped(value);
    clearTimeout(timer);
    timer = setTimeout(() => setQ(value.trim()), DEBOUNCE_MS);
  };
  const articles = createAsync(async () => {
    const l = lang();
    return l ? getHelpArticles(scope.companyId, l, q()) : undefined;
  });
  return (
    <>
      <h2 class="page-title">{scope.companyId ? 'Help center' : 'Help articles'}</h2>
      <p class="lead">
        <Show
          when={scope.companyId}
          fallback={
            <>
              The public help at <a href={`/help/${lang() ?? 'en'}`}>/help/{lang() ?? 'en'}</a>. Changes show there at once.{' '}
            </>
          }
        >
          Articles your visitors find in the widget, in each of your languages.{' '}
        </Show>
        See <A href={`${scope.base}/feedback`}>votes and feedback</A>.
      </p>
      <div class="card">
        <div class="help-toolbar">
          <LangTabs langs={scope.langs() ?? []} value={lang() ?? ''} onChange={setLang} label="Article language" />
          <input
            type="search"
            aria-label="Search articles"
            placeholder="Search articles"
            value={typed()}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <A class="button primary" href={`${scope.base}/new`}>
            New article
          </A>
        </div>
        <QueryState data={articles} what="articles" keys={getHelpArticles.keyFor(scope.companyId, lang() ?? '', q())}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="help-muted">No articles{q() ? ` match “${q()}”` : ''}.</p>}>
              <ul class="help-list">
                <For each={list()}>
                  {(a) => (
                    <li>
                      <A href={`${scope.base}/${a.slug}`}>
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
