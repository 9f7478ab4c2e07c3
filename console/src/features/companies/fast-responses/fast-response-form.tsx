import { createSignal, Show } from 'solid-js';
import { FAST_RESPONSE_TEXT_MAX_LENGTH, type FastResponseBody, FastResponseBodySchema } from '../../../../../common/schemas/company';
import { FormError, SubmitButton } from '../../../components/form';
import { createFormState } from '../../../lib/form-state';
import { formLevelError } from '../shared/form-level-error';
import { submitted } from '../shared/submitted';

let nextId = 0;

/**
 * A fast response's text and optional nickname, for adding and for inline editing. Enter in the
 * nickname field or Ctrl/⌘+Enter in the text saves; Esc cancels an edit.
 */
export function FastResponseForm(props: {
  initial?: { text: string; nickname: string | null };
  submitLabel: string;
  onSubmit: (body: { text: string; nickname: string | null }) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const id = `fr-${++nextId}`;
  const form = createFormState();
  const [text, setText] = createSignal(props.initial?.text ?? '');
  const [nickname, setNickname] = createSignal(props.initial?.nickname ?? '');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = { text: text(), nickname: nickname() };
    const body: FastResponseBody = { text: typed.text, nickname: typed.nickname.trim() === '' ? null : typed.nickname.trim() };
    const adding = !props.initial;
    const done = await submitted(
      form,
      () => {
        // A new response shows in the list at once, so the form is free for the next one.
        if (adding) {
          setText('');
          setNickname('');
        }
        return props.onSubmit({ text: body.text, nickname: body.nickname ?? null });
      },
      { schema: FastResponseBodySchema, value: body },
    );
    if (!done && adding && text() === '' && nickname() === '') {
      setText(typed.text);
      setNickname(typed.nickname);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && props.onCancel) {
      e.stopPropagation();
      props.onCancel();
    }
  };
  const err = (field: 'text' | 'nickname') => form.fields()[field];
  return (
    <form class="fast-response-form" onSubmit={submit} onKeyDown={onKeyDown} novalidate>
      <FormError message={formLevelError(form)} />
      <div class="field">
        <label for={`${id}-text`}>Text</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text()}
          autofocus={!!props.initial}
          aria-invalid={err('text') ? 'true' : undefined}
          aria-describedby={`${id}-text-hint`}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }}
        />
        <small class="hint" id={`${id}-text-hint`} classList={{ over: text().length > FAST_RESPONSE_TEXT_MAX_LENGTH }}>
          {text().length}/{FAST_RESPONSE_TEXT_MAX_LENGTH} · Ctrl+Enter saves
        </small>
        <Show when={err('text')}>
          <small class="field-error" role="alert">
            {err('text')}
          </small>
        </Show>
      </div>
      <div class="field">
        <label for={`${id}-nickname`}>Nickname (optional)</label>
        <div class="prefixed">
          <span class="prefix" aria-hidden="true">
            \
          </span>
          <input
            id={`${id}-nickname`}
            value={nickname()}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={err('nickname') ? 'true' : undefined}
            onInput={(e) => setNickname(e.currentTarget.value)}
          />
        </div>
        <small class="hint">Operators type \ and the nickname in the chat to insert this text. No spaces.</small>
        <Show when={err('nickname')}>
          <small class="field-error" role="alert">
            {err('nickname')}
          </small>
        </Show>
      </div>
      <div class="form-actions">
        <SubmitButton busy={form.busy()} busyLabel="Saving…">
          {props.submitLabel}
        </SubmitButton>
        <Show when={props.onCancel}>
          <button type="button" onClick={() => props.onCancel?.()} disabled={form.busy()}>
            Cancel
          </button>
        </Show>
      </div>
    </form>
  );
}
