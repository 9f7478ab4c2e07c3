import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { InviteBodySchema } from '../../../../../common/schemas/company';
import { Field, FormError, SubmitButton } from '../../../components/form';
import { ApiCallError } from '../../../lib/api';
import { createFormState } from '../../../lib/form-state';
import { formLevelError } from '../shared/form-level-error';
import { submitted } from '../shared/submitted';

/**
 * Invite an operator by the email of their Parley account. The server's reasons (no such
 * account, not verified, already invited or a member) show under the field; the plan limit,
 * which is about the company rather than the address, shows on the form with a link to the
 * Plan page (`planHref`).
 */
export function InviteForm(props: { onInvite: (email: string) => Promise<unknown>; disabled?: boolean; planHref?: string }) {
  const form = createFormState();
  const [email, setEmail] = createSignal('');
  const [planLimited, setPlanLimited] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = email();
    const done = await submitted(
      form,
      () => {
        // The invitation shows as pending at once; the field is free for the next address.
        setEmail('');
        setPlanLimited(false);
        return props.onInvite(typed.trim()).catch((err: unknown) => {
          setPlanLimited(err instanceof ApiCallError && err.code === 'plan_limit');
          throw err;
        });
      },
      { schema: InviteBodySchema, value: { email: typed } },
    );
    if (!done && email() === '') setEmail(typed);
  };
  return (
    <form class="inline-form" onSubmit={submit} novalidate>
      <FormError message={formLevelError(form)} />
      <Show when={planLimited() && props.planHref}>
        <p class="plan-link">
          <A href={props.planHref!}>Upgrade the plan on the Plan page</A> to add operators.
        </p>
      </Show>
      <div class="inline-row">
        <Field
          label="Operator’s email"
          name="email"
          type="email"
          autocomplete="off"
          placeholder="colleague@example.com"
          hint="They need a verified Parley account, and accept on Settings → Operator companies."
          value={email()}
          onInput={(e) => setEmail(e.currentTarget.value)}
          error={form.fields().email}
        />
        <SubmitButton busy={form.busy()} busyLabel="Inviting…" disabled={props.disabled}>
          Invite
        </SubmitButton>
      </div>
    </form>
  );
}
