import { createSignal, Show } from 'solid-js';
import { ProfileBodySchema } from '../../../../common/schemas/auth';
import { Field, FormError, Notice, SubmitButton } from '../../components/form';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { useSession } from '../../lib/session';

/** Settings → Display name: the name visitors and colleagues see. */
export default function ProfilePage() {
  const { me, setMe } = useSession();
  const form = createFormState();
  const [name, setName] = createSignal(me()?.name ?? '');
  const [saved, setSaved] = createSignal(false);

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    setSaved(false);
    const body = { name: name() };
    const user = await form.submit(() => call(api.api.me.$patch({ json: body })), { schema: ProfileBodySchema, value: body });
    if (user) {
      setMe(user);
      setName(user.name);
      setSaved(true);
    }
  };

  return (
    <form class="card settings-form" onSubmit={onSubmit} novalidate>
      <h2>Display name</h2>
      <p class="hint">Shown to visitors in the chat and to your colleagues.</p>
      <FormError message={form.error()} />
      <Field
        label="Display name"
        name="name"
        autocomplete="name"
        required
        value={name()}
        onInput={(e) => {
          setName(e.currentTarget.value);
          setSaved(false);
        }}
        error={form.fields().name}
      />
      <div class="form-actions">
        <SubmitButton busy={form.busy()} busyLabel="Saving…">
          Save
        </SubmitButton>
        <Show when={saved()}>
          <Notice kind="success">Saved.</Notice>
        </Show>
      </div>
    </form>
  );
}
