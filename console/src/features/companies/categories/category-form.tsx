import { createSignal } from 'solid-js';
import { CATEGORY_NAME_MAX_LENGTH, CategoryBodySchema } from '../../../../../common/schemas/company';
import { Field, FormError, SubmitButton } from '../../../components/form';
import { createFormState } from '../../../lib/form-state';
import { formLevelError } from '../shared/form-level-error';

/**
 * Add a category. `confirm`, when given, runs after the input is valid and before anything is
 * sent (the page's "Attention!" for the first category); answering no keeps the typed name.
 */
export function CategoryForm(props: { onAdd: (name: string) => Promise<unknown>; confirm?: () => Promise<boolean> }) {
  const form = createFormState();
  const [name, setName] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = name();
    await form.submit(
      async () => {
        if (props.confirm && !(await props.confirm())) return false;
        setName('');
        try {
          await props.onAdd(typed.trim());
        } catch (err) {
          if (name() === '') setName(typed);
          throw err;
        }
        return true;
      },
      { schema: CategoryBodySchema, value: { name: typed } },
    );
  };
  return (
    <form class="inline-form" onSubmit={submit} novalidate>
      <FormError message={formLevelError(form)} />
      <div class="inline-row">
        <Field
          label="Category name"
          name="name"
          placeholder="Sales"
          maxLength={CATEGORY_NAME_MAX_LENGTH}
          autocomplete="off"
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
          error={form.fields().name}
        />
        <SubmitButton busy={form.busy()} busyLabel="Adding…">
          Add category
        </SubmitButton>
      </div>
    </form>
  );
}
