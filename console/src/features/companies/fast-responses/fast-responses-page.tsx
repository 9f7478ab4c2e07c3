import { createSignal, Show } from 'solid-js';
import { FormError } from '../../../components/form';
import { api, call } from '../../../lib/api';
import { useCompany } from '../company-area/company-context';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { errorMessage } from '../shared/error-message';
import { ListState } from '../shared/list-state';
import { createLoader } from '../shared/loader';
import { optimisticAdd, optimisticRemove, withItemReplaced } from '../shared/optimistic-list';
import { placeholder } from '../shared/pending';
import type { FastResponse } from '../shared/types';
import { FastResponseForm } from './fast-response-form';
import { FastResponseList } from './fast-response-list';

/** Company → Fast responses (F12): canned replies operators insert in the chat with `\`. */
export default function FastResponsesPage() {
  const { companyId, isOwner } = useCompany();
  const param = { companyId };
  const client = api.api.companies[':companyId']['fast-responses'];
  const responses = createLoader(() => call(client.$get({ param })));
  const cell = { read: responses.data, write: responses.set };
  const [deleting, setDeleting] = createSignal<FastResponse | null>(null);
  const [listError, setListError] = createSignal<string | null>(null);

  const add = (json: { text: string; nickname: string | null }) => {
    setListError(null);
    const now = new Date().toISOString();
    return optimisticAdd(
      cell,
      placeholder({ id: '', ...json, createdAt: now, updatedAt: now }),
      () => call(client.$post({ param, json })),
      (a) => a,
    );
  };
  // Edits wait for the server: the inline form stays open, so a taken nickname shows beside it.
  const edit = async (response: FastResponse, json: { text: string; nickname: string | null }) => {
    const saved = await call(client[':fastResponseId'].$patch({ param: { ...param, fastResponseId: response.id }, json }));
    responses.set(withItemReplaced(responses.data() ?? [], (r) => r.id === response.id, saved));
  };
  const remove = (response: FastResponse) => {
    setListError(null);
    optimisticRemove(
      cell,
      (r) => r.id === response.id,
      () => call(client[':fastResponseId'].$delete({ param: { ...param, fastResponseId: response.id } })),
    ).catch((err) => setListError(`Couldn’t delete the response: ${errorMessage(err)}`));
  };

  return (
    <>
      <h2 class="page-title">Fast responses</h2>
      <p class="lead">
        In the chat, type <code>\</code> and a nickname to insert a response with that nickname, or <code>\\</code> and some text to find
        one without.
      </p>
      <Show when={isOwner()}>
        <div class="card">
          <h3>New fast response</h3>
          <FastResponseForm submitLabel="Add response" onSubmit={add} />
        </div>
      </Show>
      <div class="card">
        <FormError message={listError()} />
        <ListState loader={responses} what="fast responses">
          <FastResponseList responses={responses.data() ?? []} canEdit={isOwner()} onEdit={edit} onDelete={setDeleting} />
        </ListState>
      </div>
      <Show when={deleting()}>
        {(response) => (
          <ConfirmDialog
            title={response().nickname ? `Delete \\${response().nickname}?` : 'Delete this fast response?'}
            confirmLabel="Delete response"
            onConfirm={() => remove(response())}
            onClose={() => setDeleting(null)}
          >
            <p class="response-text">{response().text}</p>
          </ConfirmDialog>
        )}
      </Show>
    </>
  );
}
