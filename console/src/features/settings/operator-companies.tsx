import { revalidate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { FormError, Notice } from '../../components/form';
import { QueryState } from '../../components/query-state';
import { api, call } from '../../lib/api';
import { createQueryData } from '../../lib/query-cache';
import { InvitationInbox } from '../companies/memberships/invitation-inbox';
import { MembershipList } from '../companies/memberships/membership-list';
import { ConfirmDialog } from '../companies/shared/confirm-dialog';
import { errorMessage } from '../companies/shared/error-message';
import { optimisticAdd, optimisticRemove } from '../companies/shared/optimistic-list';
import { placeholder } from '../companies/shared/pending';
import { getMyCompanies } from '../companies/shared/queries';
import type { MyCompany, MyInvitation } from '../companies/shared/types';
import { getMyInvitations } from './queries';

/** Settings → Operator companies (F6): invitations to accept or decline, and memberships to leave. */
export default function OperatorCompanies() {
  document.title = 'Operator companies · Parley';
  const invitations = createQueryData(getMyInvitations);
  const companies = createQueryData(getMyCompanies);
  const invitationCell = invitations;
  const companyCell = companies;
  const [leaving, setLeaving] = createSignal<MyCompany | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const start = () => {
    setError(null);
    setNotice(null);
  };

  const accept = (invitation: MyInvitation) => {
    start();
    const param = { invitationId: invitation.id };
    // The invitation moves to the memberships at once; both moves roll back if the server refuses.
    const membership = placeholder({ id: invitation.company.id, name: invitation.company.name, publicKey: '', role: 'operator' as const });
    const joined = optimisticAdd(
      companyCell,
      membership,
      () =>
        optimisticRemove(
          invitationCell,
          (i) => i.id === invitation.id,
          () => call(api.api.me.invitations[':invitationId'].accept.$post({ param })),
        ),
      () => membership,
    );
    joined
      .then(() => {
        setNotice(`You are now an operator of ${invitation.company.name}.`);
        return revalidate(getMyCompanies.key);
      })
      .catch((err) => setError(`Couldn’t accept the invitation from ${invitation.company.name}: ${errorMessage(err)}`));
  };
  const decline = (invitation: MyInvitation) => {
    start();
    const param = { invitationId: invitation.id };
    optimisticRemove(
      invitationCell,
      (i) => i.id === invitation.id,
      () => call(api.api.me.invitations[':invitationId'].decline.$post({ param })),
    )
      .then(() => setNotice(`Declined the invitation from ${invitation.company.name}.`))
      .catch((err) => setError(`Couldn’t decline the invitation from ${invitation.company.name}: ${errorMessage(err)}`));
  };
  const leave = (company: MyCompany) => {
    start();
    optimisticRemove(
      companyCell,
      (c) => c.id === company.id,
      () => call(api.api.me.companies[':companyId'].$delete({ param: { companyId: company.id } })),
    )
      .then(() => setNotice(`You left ${company.name}.`))
      .catch((err) => setError(`Couldn’t leave ${company.name}: ${errorMessage(err)}`));
  };

  return (
    <div class="operator-companies">
      <FormError message={error()} />
      <Show when={notice()}>
        <Notice kind="success">{notice()}</Notice>
      </Show>
      <section class="card" aria-labelledby="invitations-title">
        <h2 id="invitations-title">Invitations</h2>
        <QueryState data={invitations} what="invitations" keys={invitations.key}>
          {(list) => <InvitationInbox invitations={list()} onAccept={accept} onDecline={decline} />}
        </QueryState>
      </section>
      <section class="card" aria-labelledby="memberships-title">
        <h2 id="memberships-title">My companies</h2>
        <QueryState data={companies} what="your companies" keys={companies.key}>
          {(list) => <MembershipList companies={list()} onLeave={setLeaving} />}
        </QueryState>
      </section>
      <Show when={leaving()}>
        {(company) => (
          <ConfirmDialog
            title={`Leave ${company().name}?`}
            confirmLabel="Leave company"
            onConfirm={() => leave(company())}
            onClose={() => setLeaving(null)}
          >
            <p>You stop receiving its chats and lose access to it. Its owner can invite you again.</p>
          </ConfirmDialog>
        )}
      </Show>
    </div>
  );
}
