import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { AVATAR_TYPES } from '../../../../common/schemas/auth';
import { Notice, SubmitButton } from '../../components/form';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { useSession } from '../../lib/session';
import { Avatar } from './avatar';
import { avatarFileProblem, formatBytes } from './avatar-file';

/** Sends the image bytes as the raw body (the route takes no JSON), through the typed client. */
function uploadAvatar(file: File) {
  return call(api.api.me.avatar.$put(undefined, { init: { body: file, headers: { 'Content-Type': file.type } } }));
}

/** Settings → General: the avatar, previewed from the chosen file before it is uploaded. */
export default function GeneralPage() {
  const { me, setMe } = useSession();
  const form = createFormState();
  const [file, setFile] = createSignal<File | null>(null);
  const [preview, setPreview] = createSignal<string | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [saved, setSaved] = createSignal(false);
  let input!: HTMLInputElement;

  // One object URL per chosen file, released when the choice changes or the page closes.
  createEffect(() => {
    const chosen = file();
    if (!chosen) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(chosen);
    setPreview(url);
    onCleanup(() => URL.revokeObjectURL(url));
  });

  const choose = (chosen: File | undefined) => {
    setSaved(false);
    form.setError(null);
    form.setFields({});
    setProblem(chosen ? avatarFileProblem(chosen) : null);
    setFile(chosen && !avatarFileProblem(chosen) ? chosen : null);
  };

  const clear = () => {
    input.value = '';
    choose(undefined);
  };

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const chosen = file();
    if (!chosen) {
      setProblem('Choose an image first.');
      return;
    }
    const answer = await form.submit(() => uploadAvatar(chosen));
    const current = me();
    if (answer && current) {
      setMe({ ...current, avatarUrl: answer.avatarUrl });
      clear();
      setSaved(true);
    }
  };

  /** Problems with the file, ours or the server's, shown right under the file control. */
  const controlError = () => problem() ?? Object.values(form.fields())[0] ?? form.error();

  return (
    <form class="card settings-form" onSubmit={onSubmit} novalidate>
      <h2>Avatar</h2>
      <p class="hint">Shown to visitors next to your messages. PNG, JPEG or WebP, up to 1 MB.</p>
      <div class="avatar-editor">
        <div class="avatar-figure">
          <Avatar
            src={preview() ?? me()?.avatarUrl}
            name={me()?.name ?? ''}
            alt={preview() ? 'Preview of the chosen image' : 'Your avatar'}
          />
          <Show when={preview()}>
            <span class="preview-badge">Preview</span>
          </Show>
        </div>
        <div class="avatar-controls">
          <div class="field">
            <label for="avatar-file">Choose an image</label>
            <input
              ref={input}
              id="avatar-file"
              name="avatar"
              type="file"
              accept={AVATAR_TYPES.join(',')}
              disabled={form.busy()}
              aria-invalid={controlError() ? 'true' : undefined}
              aria-describedby={controlError() ? 'avatar-file-err' : undefined}
              onChange={(e) => choose(e.currentTarget.files?.[0])}
            />
            <Show when={file()}>
              {(chosen) => <small class="hint">{`${chosen().name} · ${formatBytes(chosen().size)} · not saved yet`}</small>}
            </Show>
            <Show when={controlError()}>
              <small class="field-error" id="avatar-file-err" role="alert">
                {controlError()}
              </small>
            </Show>
          </div>
          <div class="form-actions">
            <SubmitButton busy={form.busy()} busyLabel="Uploading…" disabled={!file()}>
              Upload avatar
            </SubmitButton>
            <Show when={file() && !form.busy()}>
              <button type="button" onClick={clear}>
                Cancel
              </button>
            </Show>
          </div>
          <Show when={form.busy()}>
            <progress class="upload-progress" aria-label="Uploading avatar" />
          </Show>
          <Show when={saved()}>
            <Notice kind="success">Avatar updated.</Notice>
          </Show>
        </div>
      </div>
    </form>
  );
}
