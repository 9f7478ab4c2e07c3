import { createSignal, For } from 'solid-js';
import { LanguageBodySchema } from '../../../../../common/schemas/company';
import { Field, FormError, SubmitButton } from '../../../components/form';
import { createFormState } from '../../../lib/form-state';
import { formLevelError } from '../shared/form-level-error';
import { submitted } from '../shared/submitted';
import { languageName, SUGGESTED_LANGUAGES } from './language-names';

/** Add a language by its code (en, uk, de, …), with common ones suggested. */
export function LanguageForm(props: { onAdd: (code: string) => Promise<unknown>; taken: readonly string[] }) {
  const form = createFormState();
  const [code, setCode] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = code();
    const done = await submitted(
      form,
      () => {
        // Cleared once valid: the new row shows in the list while the server confirms it.
        setCode('');
        return props.onAdd(typed.trim().toLowerCase());
      },
      { schema: LanguageBodySchema, value: { code: typed } },
    );
    if (!done && code() === '') setCode(typed);
  };
  return (
    <form class="inline-form" onSubmit={submit} novalidate>
      <FormError message={formLevelError(form)} />
      <div class="inline-row">
        <Field
          label="Language code"
          name="code"
          list="language-suggestions"
          placeholder="en"
          hint="A two- or three-letter code: en, uk, de, …"
          autocomplete="off"
          spellcheck={false}
          value={code()}
          onInput={(e) => setCode(e.currentTarget.value)}
          error={form.fields().code}
        />
        <SubmitButton busy={form.busy()} busyLabel="Adding…">
          Add language
        </SubmitButton>
      </div>
      <datalist id="language-suggestions">
        <For each={SUGGESTED_LANGUAGES.filter((c) => !props.taken.includes(c))}>{(c) => <option value={c}>{languageName(c)}</option>}</For>
      </datalist>
    </form>
  );
}
