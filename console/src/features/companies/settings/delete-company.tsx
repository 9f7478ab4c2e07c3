import { createSignal, Show } from 'solid-js';
import { ConfirmDialog } from '../shared/confirm-dialog';

/** The danger zone: deleting the company after typing its name. */
export function DeleteCompany(props: { name: string; onDelete: () => Promise<unknown> }) {
  const [open, setOpen] = createSignal(false);
  return (
    <div class="danger-zone">
      <h3>Delete company</h3>
      <p>Deletes the company with its domains, languages, categories, operators, fast responses and chat history. This can’t be undone.</p>
      <button type="button" class="danger" onClick={() => setOpen(true)}>
        Delete company…
      </button>
      <Show when={open()}>
        <ConfirmDialog
          title={`Delete ${props.name}?`}
          confirmLabel="Delete company"
          typeToConfirm={props.name}
          onConfirm={props.onDelete}
          onClose={() => setOpen(false)}
        >
          <p>The widget stops working on your sites at once, and every operator loses access.</p>
        </ConfirmDialog>
      </Show>
    </div>
  );
}
