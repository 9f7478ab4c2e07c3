import { A, createAsync, revalidate, useNavigate, useParams } from '@solidjs/router';
import { createMemo, createSignal, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { renderArticle } from '../../../../common/help/render';
import { FormError, SubmitButton } from '../../components/form';
import { QueryState } from '../../components/query-state';
import { ApiCallError } from '../../lib/api';
import { ConfirmDialog } from '../companies/shared/confirm-dialog';
import { errorMessage } from '../companies/shared/error-message';
import { helpClient } from './help-client';
import { type HelpScope, useHelpScope } from './help-scope';
import { LangTabs } from './lang-tabs';
import { type ArticleLang, getHelpArticle, getHelpArticles } from './queries';
import './help-articles.css';

/** `/help-articles/new` and `/help-articles/:slug`: the Markdown editor with a live preview. */
export default function ArticleEditorPage() {
  const params = useParams();
  const scope = useHelpScope();
  return (
    <Show when={scope.langs()} keyed>
      {(langs) => (
        <Show when={params.slug} keyed fallback={<Editor scope={scope} langs={langs} initial={null} />}>
          {(slug) => <LoadedEditor scope={scope} langs={langs} slug={slug} />}
        </Show>
      )}
    </Show>
  );
}

interface EditorScope {
  scope: HelpScope;
  langs: readonly string[];
}

function LoadedEditor(props: EditorScope & { slug: string }) {
  const article = createAsync(() => getHelpArticle(props.scope.companyId, props.slug, props.langs));
  return (
    <QueryState data={article} what="the article" keys={getHelpArticle.keyFor(props.scope.companyId, props.slug, props.langs)}>
      {(a) => <Editor scope={props.scope} langs={props.langs} slug={props.slug} initial={a()} />}
    </QueryState>
  );
}

type Texts = Record<string, { title: string; body: string }>;

function Editor(props: EditorScope & { slug?: string; initial: Record<string, ArticleLang | null> | null }) {
  const navigate = useNavigate();
  const { scope, langs } = untrack(() => props);
  const client = helpClient(scope.companyId);
  const initial = untrack(() => props.initial);
  const [slug, setSlug] = createSignal(props.slug ?? '');
  const [published, setPublished] = createSignal(Object.values(initial ?? {}).some((a) => a?.published));
  const [texts, setTexts] = createStore<Texts>(
    Object.fromEntries(langs.map((l) => [l, { title: initial?.[l]?.title ?? '', body: initial?.[l]?.body ?? '' }])),
  );
  const [lang, setLang] = createSignal<string>(langs[0] ?? '');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [fields, setFields] = createSignal<Record<string, string>>({});
  const [sentLangs, setSentLangs] = createSignal<string[]>([]);
  const [saved, setSaved] = createSignal(false);
  const [deleting, setDeleting] = createSignal(false);
  // The same renderer as the public page: what the preview shows is what visitors get.
  const preview = createMemo(() => renderArticle(texts[lang()]?.body ?? ''));
  const fieldError = (name: 'title' | 'body') => fields()[`translations.${sentLangs().indexOf(lang())}.${name}`];

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const translations = langs.filter((l) => texts[l]!.title.trim() || texts[l]!.body.trim()).map((l) => ({ lang: l, ...texts[l]! }));
    const json = { slug: slug().trim(), published: published(), translations };
    setBusy(true);
    setError(null);
    setFields({});
    setSaved(false);
    setSentLangs(translations.map((t) => t.lang));
    try {
      if (props.slug) await client.update(props.slug, lang(), json);
      else await client.create(json);
      await revalidate([getHelpArticles.key, getHelpArticle.key]);
      setSaved(true);
      if (json.slug !== props.slug) navigate(`${scope.base}/${json.slug}`, { replace: true });
    } catch (err) {
      if (err instanceof ApiCallError) setFields(err.fields);
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    await client.remove(props.slug!);
    await revalidate(getHelpArticles.key);
    navigate(scope.base, { replace: true });
  };

  return (
    <>
      <p>
        <A href={scope.base}>← {scope.companyId ? 'Help center' : 'Help articles'}</A>
      </p>
      <h2 class="page-title">{props.slug ? 'Edit article' : 'New article'}</h2>
      <form class="card help-editor" onSubmit={save} novalidate>
        <div class="field-row">
          <div class="field">
            <label for="help-slug">Slug (the article’s address)</label>
            <input
              id="help-slug"
              value={slug()}
              onInput={(e) => setSlug(e.currentTarget.value)}
              required
              aria-invalid={fields().slug ? 'true' : undefined}
              aria-describedby={fields().slug ? 'help-slug-err' : undefined}
            />
            <Show when={fields().slug}>
              <small class="field-error" id="help-slug-err" role="alert">
                {fields().slug}
              </small>
            </Show>
          </div>
          <div class="field-check">
            <input id="help-published" type="checkbox" checked={published()} onChange={(e) => setPublished(e.currentTarget.checked)} />
            <label for="help-published">{scope.companyId ? 'Published for visitors' : 'Published on the help page'}</label>
          </div>
        </div>
        <LangTabs langs={langs} value={lang()} onChange={setLang} label="Article language" />
        <div class="help-panes">
          <div>
            <div class="field">
              <label for="help-title">Title</label>
              <input
                id="help-title"
                value={texts[lang()]?.title ?? ''}
                onInput={(e) => setTexts(lang(), 'title', e.currentTarget.value)}
                aria-invalid={fieldError('title') ? 'true' : undefined}
              />
              <Show when={fieldError('title')}>
                <small class="field-error">{fieldError('title')}</small>
              </Show>
            </div>
            <div class="field">
              <label for="help-body">Article (Markdown: paragraphs, lists, **bold**, `code`, [links](/help/en/slug))</label>
              <textarea
                id="help-body"
                rows="16"
                value={texts[lang()]?.body ?? ''}
                onInput={(e) => setTexts(lang(), 'body', e.currentTarget.value)}
                aria-invalid={fieldError('body') ? 'true' : undefined}
              />
              <Show when={fieldError('body')}>
                <small class="field-error">{fieldError('body')}</small>
              </Show>
            </div>
          </div>
          <section class="help-preview" aria-label="Preview">
            <h3>{texts[lang()]?.title || 'Preview'}</h3>
            {/* micromark escapes raw HTML and unsafe link targets. */}
            <div innerHTML={preview()} />
          </section>
        </div>
        <FormError message={error()} />
        <Show when={saved()}>
          <p class="notice" role="status">
            Saved.
          </p>
        </Show>
        <div class="form-actions">
          <SubmitButton busy={busy()} busyLabel="Saving…">
            Save
          </SubmitButton>
          <Show when={props.slug}>
            <Show when={!scope.companyId}>
              <a href={`/help/${lang()}/${props.slug}`}>View on the help page</a>
            </Show>
            <button type="button" class="danger" onClick={() => setDeleting(true)}>
              Delete
            </button>
          </Show>
        </div>
      </form>
      <Show when={deleting()}>
        <ConfirmDialog
          title={`Delete “${props.slug}”?`}
          confirmLabel="Delete article"
          danger
          onConfirm={remove}
          onClose={() => setDeleting(false)}
        >
          <p>The article goes in every language, with its votes. This can’t be undone.</p>
        </ConfirmDialog>
      </Show>
    </>
  );
}
