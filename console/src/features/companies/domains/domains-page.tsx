import { createSignal, Show } from 'solid-js';
import { unicodeHost } from '../../../../../common/domains/unicode-host';
import { FormError } from '../../../components/form';
import { QueryState } from '../../../components/query-state';
import { api, call } from '../../../lib/api';
import { createQueryData } from '../../../lib/query-cache';
import { createDevMailboxCheck } from '../../dev-mail/dev-mailbox';
import { useCompany } from '../company-area/company-context';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { errorMessage } from '../shared/error-message';
import { optimisticAdd, optimisticRemove, withItemReplaced } from '../shared/optimistic-list';
import { placeholder } from '../shared/pending';
import { getDomains } from '../shared/queries';
import type { Domain } from '../shared/types';
import { DomainForm } from './domain-form';
import { DomainList } from './domain-list';

/** Company → Domains (F3): where the widget may run. */
export default function DomainsPage() {
  const { companyId, isOwner, refresh } = useCompany();
  const param = { companyId };
  const client = api.api.companies[':companyId'].domains;
  const domains = createQueryData(getDomains, companyId);
  const cell = domains;
  const [removing, setRemoving] = createSignal<Domain | null>(null);
  const [listError, setListError] = createSignal<string | null>(null);
  const [verifying, setVerifying] = createSignal<string | null>(null);
  // The dev mailbox exists exactly where ENVIRONMENT=development, which is where verifying without proof works.
  const development = createDevMailboxCheck();

  const add = async (host: string) => {
    setListError(null);
    const created = await optimisticAdd(
      cell,
      placeholder({ id: '', host, status: 'unverified' as const, verifiedAt: null, verification: null }),
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
      .catch((err) => setListError(`Couldn’t remove ${unicodeHost(domain.host)}: ${errorMessage(err)}`));
  };

  const verify = async (domain: Domain, dev: boolean) => {
    setListError(null);
    setVerifying(domain.id);
    try {
      const verified = await call(client[':domainId'].verify.$post({ param: { ...param, domainId: domain.id }, json: { dev } }));
      cell.write(withItemReplaced(cell.read() ?? [], (d) => d.id === domain.id, verified));
    } catch (err) {
      setListError(`Couldn’t verify ${unicodeHost(domain.host)}: ${errorMessage(err)}`);
    } finally {
      setVerifying(null);
    }
  };
  const actions = () =>
    isOwner() ? { onRemove: setRemoving, onVerify: verify, verifying: verifying(), devVerify: development() } : undefined;

  return (
    <>
      <h2 class="page-title">Domains</h2>
      <p class="lead">
        The widget runs only on these sites. Verify a domain to make it yours alone: until then another company may claim it too, and once
        verified, nobody else can.
      </p>
      <Show when={isOwner()}>
        <div class="card">
          <DomainForm onAdd={add} />
        </div>
      </Show>
      <div class="card">
        <FormError message={listError()} />
        <QueryState data={domains} what="domains" keys={domains.key}>
          {(list) => <DomainList domains={list()} actions={actions()} />}
        </QueryState>
      </div>
      <Show when={removing()}>
        {(domain) => (
          <ConfirmDialog
            title={`Remove ${unicodeHost(domain().host)}?`}
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
