import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { DestinationsBody } from '../../../../../common/schemas/company';
import { FormError, Notice, SubmitButton } from '../../../components/form';
import { createFormState } from '../../../lib/form-state';
import { languageName } from '../languages/language-names';
import { formLevelError } from '../shared/form-level-error';
import { submitted } from '../shared/submitted';
import type { Category, Language } from '../shared/types';
import { toggled } from './destination-summary';

/**
 * Destination management for one operator (F7): the languages, and with category support on
 * the categories, that they serve. Read-only for non-owners.
 */
export function DestinationsForm(props: {
  languages: readonly Language[];
  categories: readonly Category[];
  categoriesEnabled: boolean;
  initial: { languages: readonly string[]; categories: readonly string[] };
  canEdit: boolean;
  languagesHref: string;
  onSave: (body: DestinationsBody) => Promise<unknown>;
}) {
  const form = createFormState();
  const [languages, setLanguages] = createSignal<string[]>([...props.initial.languages]);
  const [categories, setCategories] = createSignal<string[]>([...props.initial.categories]);
  const [saved, setSaved] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { languages: languages(), categories: props.categoriesEnabled ? categories() : [] };
    if (await submitted(form, () => props.onSave(body))) setSaved(true);
  };
  return (
    <form onSubmit={submit} onChange={() => setSaved(false)}>
      <FormError message={formLevelError(form)} />
      <fieldset class="checks" disabled={!props.canEdit}>
        <legend>Languages</legend>
        <Show
          when={props.languages.length > 0}
          fallback={
            <p class="empty">
              The company has no languages yet. <A href={props.languagesHref}>Add languages</A> first.
            </p>
          }
        >
          <For each={props.languages}>
            {(language) => (
              <label class="check">
                <input
                  type="checkbox"
                  name="languages"
                  value={language.code}
                  checked={languages().includes(language.code)}
                  onChange={(e) => setLanguages(toggled(languages(), language.code, e.currentTarget.checked))}
                />{' '}
                {languageName(language.code)} <code>{language.code}</code>
              </label>
            )}
          </For>
        </Show>
        <Show when={form.fields().languages}>
          <small class="field-error" role="alert">
            {form.fields().languages}
          </small>
        </Show>
      </fieldset>
      <Show when={props.categoriesEnabled}>
        <fieldset class="checks" disabled={!props.canEdit}>
          <legend>Categories</legend>
          <For each={props.categories}>
            {(category) => (
              <label class="check">
                <input
                  type="checkbox"
                  name="categories"
                  value={category.id}
                  checked={categories().includes(category.id)}
                  onChange={(e) => setCategories(toggled(categories(), category.id, e.currentTarget.checked))}
                />{' '}
                {category.name}
              </label>
            )}
          </For>
          <Show when={form.fields().categories}>
            <small class="field-error" role="alert">
              {form.fields().categories}
            </small>
          </Show>
        </fieldset>
      </Show>
      <p class="hint">
        {props.categoriesEnabled
          ? 'This operator gets chats whose language and category are both ticked here.'
          : 'This operator gets chats in the languages ticked here.'}
      </p>
      <Show when={props.canEdit}>
        <div class="form-actions">
          <SubmitButton busy={form.busy()} busyLabel="Saving…">
            Save destinations
          </SubmitButton>
          <Show when={saved()}>
            <Notice kind="success">Destinations saved.</Notice>
          </Show>
        </div>
      </Show>
    </form>
  );
}
