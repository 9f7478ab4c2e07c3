import { createSignal, For, Show } from 'solid-js';
import { isPending } from '../shared/pending';
import type { FastResponse } from '../shared/types';
import { FastResponseForm } from './fast-response-form';

/** The company's fast responses: `\nickname` and text; the owner edits inline and deletes. */
export function FastResponseList(props: {
  responses: readonly FastResponse[];
  canEdit: boolean;
  onEdit: (response: FastResponse, body: { text: string; nickname: string | null }) => Promise<unknown>;
  onDelete: (response: FastResponse) => void;
}) {
  const [editing, setEditing] = createSignal<string | null>(null);
  return (
    <Show
      when={props.responses.length > 0}
      fallback={<p class="empty">No fast responses yet. Add the answers your operators give most often.</p>}
    >
      <ul class="item-list fast-responses" aria-label="Fast responses">
        <For each={props.responses}>
          {(response) => (
            <li class="item" aria-busy={isPending(response)}>
              <Show
                when={editing() === response.id}
                fallback={
                  <>
                    <div class="item-main">
                      <Show when={response.nickname} fallback={<span class="hint">No nickname</span>}>
                        <code class="nickname">\{response.nickname}</code>
                      </Show>
                      <p class="response-text">{response.text}</p>
                    </div>
                    <Show when={props.canEdit && !isPending(response)}>
                      <button
                        type="button"
                        onClick={() => setEditing(response.id)}
                        aria-label={`Edit ${response.nickname ? `\\${response.nickname}` : 'this response'}`}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        class="danger"
                        onClick={() => props.onDelete(response)}
                        aria-label={`Delete ${response.nickname ? `\\${response.nickname}` : 'this response'}`}
                      >
                        Delete
                      </button>
                    </Show>
                    <Show when={isPending(response)}>
                      <span class="hint">Saving…</span>
                    </Show>
                  </>
                }
              >
                <div class="item-main">
                  <FastResponseForm
                    initial={response}
                    submitLabel="Save"
                    onSubmit={async (body) => {
                      await props.onEdit(response, body);
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </div>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
