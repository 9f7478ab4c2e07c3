import { createSignal, Show } from 'solid-js';
import { FormError } from '../../../components/form';
import { QueryState } from '../../../components/query-state';
import { api, call } from '../../../lib/api';
import { createQueryData } from '../../../lib/query-cache';
import { useCompany } from '../company-area/company-context';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { errorMessage } from '../shared/error-message';
import { optimisticAdd, optimisticRemove, withItemReplaced } from '../shared/optimistic-list';
import { placeholder } from '../shared/pending';
import { getFastResponses } from '../shared/queries';
import type { FastResponse } from '../shared/types';
import { FastResponseForm } from './fast-response-form';
import { FastResponseList } from './fast-response-list';

/** Company → Fast responses (F12): canned replies operators insert in the chat with `\`. */
export default function FastResponsesPage() {
  const { companyId, isOwner } = useCompany();
  const param = { companyId };
  const client = api.api.companies[':companyId']['fast-responses'];
  const responses = createQueryData(getFastResponses, companyId);
  const cell = responses;
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
    cell.write(withItemReplaced(cell.read() ?? [], (r) => r.id === response.id, saved));
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
        <QueryState data={responses} what="fast responses" keys={responses.key}>
          {(list) => <FastResponseList responses={list()} canEdit={isOwner()} onEdit={edit} onDelete={setDeleting} />}
        </QueryState>
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
