import { createSignal } from 'solid-js';
import { CreateCompanyBodySchema } from '../../../../../common/schemas/company';
import { Field, FormError, SubmitButton } from '../../../components/form';
import { createFormState } from '../../../lib/form-state';
import { formLevelError } from '../shared/form-level-error';
import { submitted } from '../shared/submitted';

/** Name a new company; the caller becomes its owner and first operator. */
export function CreateCompanyForm(props: { onCreate: (name: string) => Promise<unknown>; autofocus?: boolean }) {
  const form = createFormState();
  const [name, setName] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await submitted(form, () => props.onCreate(name().trim()), { schema: CreateCompanyBodySchema, value: { name: name() } }))
      setName('');
  };
  return (
    <form class="inline-form" onSubmit={submit} novalidate>
      <FormError message={formLevelError(form)} />
      <Field
        label="Company name"
        name="name"
        autocomplete="organization"
        autofocus={props.autofocus}
        value={name()}
        onInput={(e) => setName(e.currentTarget.value)}
        error={form.fields().name}
      />
      <SubmitButton busy={form.busy()} busyLabel="Creating…">
        Create company
      </SubmitButton>
    </form>
  );
}
