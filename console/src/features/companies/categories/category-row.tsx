import { createSignal, Show } from 'solid-js';
import { CATEGORY_NAME_MAX_LENGTH, CategoryBodySchema } from '../../../../../common/schemas/company';
import { createFormState } from '../../../lib/form-state';
import { isPending } from '../shared/pending';
import { submitted } from '../shared/submitted';
import type { Category } from '../shared/types';

/** One category: its name, or an inline rename field (Enter saves, Esc cancels). */
export function CategoryRow(props: {
  category: Category;
  canEdit: boolean;
  onRename: (name: string) => Promise<unknown>;
  onRemove: () => void;
}) {
  const form = createFormState();
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const startEditing = () => {
    setDraft(props.category.name);
    form.setFields({});
    form.setError(null);
    setEditing(true);
  };
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    if (draft().trim() === props.category.name) return setEditing(false);
    if (await submitted(form, () => props.onRename(draft().trim()), { schema: CategoryBodySchema, value: { name: draft() } }))
      setEditing(false);
  };
  const message = () => form.fields().name ?? form.error();
  return (
    <li class="item" aria-busy={isPending(props.category)}>
      <Show
        when={editing()}
        fallback={
          <>
            <span class="item-main">{props.category.name}</span>
            <Show when={props.canEdit && !isPending(props.category)}>
              <button type="button" onClick={startEditing} aria-label={`Rename ${props.category.name}`}>
                Rename
              </button>
              <button type="button" class="danger" onClick={() => props.onRemove()} aria-label={`Remove ${props.category.name}`}>
                Remove
              </button>
            </Show>
            <Show when={isPending(props.category)}>
              <span class="hint">Adding…</span>
            </Show>
          </>
        }
      >
        <form class="row-form" onSubmit={save} novalidate>
          <input
            aria-label={`New name for ${props.category.name}`}
            maxLength={CATEGORY_NAME_MAX_LENGTH}
            value={draft()}
            autofocus
            ref={(el) => queueMicrotask(() => el.select())}
            aria-invalid={message() ? 'true' : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.stopPropagation();
              setEditing(false);
            }}
          />
          <button type="submit" class="primary" disabled={form.busy()}>
            {form.busy() ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={() => setEditing(false)} disabled={form.busy()}>
            Cancel
          </button>
          <Show when={message()}>
            <small class="field-error row-error" role="alert">
              {message()}
            </small>
          </Show>
        </form>
      </Show>
    </li>
  );
}
