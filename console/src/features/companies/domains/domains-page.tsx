import { createSignal, Show } from 'solid-js';
import { FormError } from '../../../components/form';
import { api, call } from '../../../lib/api';
import { useCompany } from '../company-area/company-context';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { errorMessage } from '../shared/error-message';
import { ListState } from '../shared/list-state';
import { createLoader } from '../shared/loader';
import { optimisticAdd, optimisticRemove } from '../shared/optimistic-list';
import { placeholder } from '../shared/pending';
import type { Domain } from '../shared/types';
import { DomainForm } from './domain-form';
import { DomainList } from './domain-list';

/** Company → Domains (F3): where the widget may run. */
export default function DomainsPage() {
  const { companyId, isOwner, refresh } = useCompany();
  const param = { companyId };
  const client = api.api.companies[':companyId'].domains;
  const domains = createLoader(() => call(client.$get({ param })));
  const cell = { read: domains.data, write: domains.set };
  const [removing, setRemoving] = createSignal<Domain | null>(null);
  const [listError, setListError] = createSignal<string | null>(null);

  const add = async (host: string) => {
    setListError(null);
    const created = await optimisticAdd(
      cell,
      placeholder({ id: '', host }),
      () => call(client.$post({ param, json: { host } })),
      (answer) => answer,
    );
    refresh();
    return created;
  };
  const remove = (domain: Domain) => {
    setListError(null);
    optimisticRemove(
      cell,
      (d) => d.id === domain.id,
      () => call(client[':domainId'].$delete({ param: { ...param, domainId: domain.id } })),
    )
      .then(refresh)
      .catch((err) => setListError(`Couldn’t remove ${domain.host}: ${errorMessage(err)}`));
  };

  return (
    <>
      <h2 class="page-title">Domains</h2>
      <p class="lead">The widget runs only on these sites. A domain can belong to one company only.</p>
      <Show when={isOwner()}>
        <div class="card">
          <DomainForm onAdd={add} />
        </div>
      </Show>
      <div class="card">
        <FormError message={listError()} />
        <ListState loader={domains} what="domains">
          <DomainList domains={domains.data() ?? []} canEdit={isOwner()} onRemove={setRemoving} />
        </ListState>
      </div>
      <Show when={removing()}>
        {(domain) => (
          <ConfirmDialog
            title={`Remove ${domain().host}?`}
            confirmLabel="Remove domain"
            onConfirm={() => remove(domain())}
            onClose={() => setRemoving(null)}
          >
            <p>The widget stops loading on this site.</p>
          </ConfirmDialog>
        )}
      </Show>
    </>
  );
}
