import { createSignal } from 'solid-js';
import { DomainBodySchema } from '../../../../../common/schemas/company';
import { Field, FormError, SubmitButton } from '../../../components/form';
import { createFormState } from '../../../lib/form-state';
import { formLevelError } from '../shared/form-level-error';
import { submitted } from '../shared/submitted';

/** Add a hostname; the server normalises it (scheme, port, path, IDN, `www.`, `*.`). */
export function DomainForm(props: { onAdd: (host: string) => Promise<unknown> }) {
  const form = createFormState();
  const [host, setHost] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = host();
    const done = await submitted(
      form,
      () => {
        // Cleared once valid: the new row shows in the list while the server confirms it.
        setHost('');
        return props.onAdd(typed.trim());
      },
      { schema: DomainBodySchema, value: { host: typed } },
    );
    if (!done && host() === '') setHost(typed);
  };
  return (
    <form class="inline-form" onSubmit={submit} novalidate>
      <FormError message={formLevelError(form)} />
      <div class="inline-row">
        <Field
          label="Domain"
          name="host"
          placeholder="example.com or *.example.com"
          hint="example.com also covers www.example.com; *.example.com covers every subdomain."
          autocomplete="off"
          spellcheck={false}
          value={host()}
          onInput={(e) => setHost(e.currentTarget.value)}
          error={form.fields().host}
        />
        <SubmitButton busy={form.busy()} busyLabel="Adding…">
          Add domain
        </SubmitButton>
      </div>
    </form>
  );
}
