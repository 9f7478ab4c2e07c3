import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { plural } from '../../../../../common/plural';
import { FormError, Notice } from '../../../components/form';
import { QueryState } from '../../../components/query-state';
import { api, call } from '../../../lib/api';
import { cellPart, createQueryData } from '../../../lib/query-cache';
import { useCompany } from '../company-area/company-context';
import { companyPath } from '../company-area/company-nav';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { errorMessage } from '../shared/error-message';
import { type ListCell, optimisticAdd, optimisticRemove, withItemReplaced } from '../shared/optimistic-list';
import { placeholder } from '../shared/pending';
import { getCategories, getOperators } from '../shared/queries';
import type { Operator, OperatorsAnswer, PendingInvitation } from '../shared/types';
import { InvitationList } from './invitation-list';
import { InviteForm } from './invite-form';
import { OperatorList } from './operator-list';

const operatorSeats = (n: number) => plural(n, { one: '{n} operator seat', other: '{n} operator seats' });

type Removal = { kind: 'operator'; operator: Operator } | { kind: 'invitation'; invitation: PendingInvitation };

/** What the confirmation says for each kind of removal. */
function copy(target: Removal) {
  return target.kind === 'operator'
    ? {
        title: `Remove ${target.operator.name}?`,
        confirm: 'Remove operator',
        body: 'They lose access to this company at once, and their destinations are deleted. You can invite them again later.',
      }
    : {
        title: `Revoke the invitation to ${target.invitation.email}?`,
        confirm: 'Revoke invitation',
        body: 'The invitation disappears from their Settings → Operator companies, and its seat is freed.',
      };
}

/** Company → Operators (F6, F7): invite, revoke, remove, and each operator's destinations. */
export default function OperatorsPage() {
  const { companyId, company, isOwner, refresh } = useCompany();
  const param = { companyId };
  const client = api.api.companies[':companyId'];
  const data = createQueryData(getOperators, companyId);
  const categories = createQueryData(getCategories, companyId);
  const categoryNames = () => new Map((categories()?.categories ?? []).map((c) => [c.id, c.name]));
  const [removal, setRemoval] = createSignal<Removal | null>(null);
  const [listError, setListError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [invitationError, setInvitationError] = createSignal<string | null>(null);
  const [resending, setResending] = createSignal<string | null>(null);

  /** A list inside the answer; writing it keeps the seat count in step. */
  const cellOf = <K extends 'operators' | 'invitations'>(list: K): ListCell<OperatorsAnswer[K][number]> =>
    cellPart<OperatorsAnswer, OperatorsAnswer[K]>(
      data,
      (answer) => answer[list],
      (answer, items) => {
        const next = { ...answer, [list]: items };
        return { ...next, limit: { ...next.limit, used: next.operators.length + next.invitations.length } };
      },
    );

  const invite = async (email: string) => {
    setInvitationError(null);
    setNotice(null);
    const temp = placeholder({ id: '', userId: '', name: '', email, invitedAt: new Date().toISOString(), resentAt: null });
    const answer = await optimisticAdd(
      cellOf('invitations'),
      temp,
      () => call(client.operators.$post({ param, json: { email } })),
      (a) => a.invitation,
    );
    if (!answer.mailed) setInvitationError(`The invitation to ${email} is saved, but its mail couldn’t be sent. Try Resend in a while.`);
  };
  const resend = async (invitation: PendingInvitation) => {
    setInvitationError(null);
    setNotice(null);
    setResending(invitation.id);
    try {
      const answer = await call(client.invitations[':invitationId'].resend.$post({ param: { ...param, invitationId: invitation.id } }));
      const invitations = cellOf('invitations');
      invitations.write(withItemReplaced(invitations.read() ?? [], (i) => i.id === invitation.id, answer.invitation));
      setNotice(`Sent the invitation to ${invitation.email} again.`);
    } catch (err) {
      setInvitationError(`Couldn’t send the invitation to ${invitation.email} again: ${errorMessage(err)}`);
    } finally {
      setResending(null);
    }
  };
  const remove = (target: Removal) => {
    setListError(null);
    const done =
      target.kind === 'operator'
        ? optimisticRemove(
            cellOf('operators'),
            (o) => o.id === target.operator.id,
            () => call(client.operators[':userId'].$delete({ param: { ...param, userId: target.operator.id } })),
          )
        : optimisticRemove(
            cellOf('invitations'),
            (i) => i.id === target.invitation.id,
            () => call(client.invitations[':invitationId'].$delete({ param: { ...param, invitationId: target.invitation.id } })),
          );
    done.then(refresh).catch((err) => {
      const who = target.kind === 'operator' ? target.operator.name : `the invitation to ${target.invitation.email}`;
      setListError(`Couldn’t remove ${who}: ${errorMessage(err)}`);
    });
  };

  return (
    <>
      <h2 class="page-title">Operators</h2>
      <p class="lead">
        Operators answer chats. You are one already; invite colleagues by the email of their Parley account. Set what each one serves with
        Destination management.
      </p>
      <QueryState data={data} what="operators" keys={[data.key, categories.key]}>
        {(answer) => (
          <>
            <Show when={isOwner()}>
              <div class="card">
                <h3>Invite an operator</h3>
                <p class="status-line">
                  {answer().limit.used} of {operatorSeats(answer().limit.operators)} used (pending invitations hold a seat).
                </p>
                <InviteForm onInvite={invite} planHref={companyPath(companyId, 'plan')} />
                <Show when={answer().limit.operators - answer().limit.used <= 0}>
                  <p class="hint">
                    Your plan has no free seat: inviting will be refused until you{' '}
                    <A href={companyPath(companyId, 'plan')}>upgrade the plan</A> or remove someone.
                  </p>
                </Show>
              </div>
            </Show>
            <div class="card">
              <h3>Operators</h3>
              <FormError message={listError()} />
              <OperatorList
                operators={answer().operators}
                canEdit={isOwner()}
                categoriesEnabled={company()?.categoriesEnabled ?? false}
                categoryNames={categoryNames()}
                destinationsHref={(o) => companyPath(companyId, `operators/${encodeURIComponent(o.id)}/destinations`)}
                onRemove={(operator) => setRemoval({ kind: 'operator', operator })}
              />
            </div>
            <div class="card">
              <h3>Pending invitations</h3>
              <FormError message={invitationError()} />
              <Show when={notice()}>
                <Notice kind="success">{notice()}</Notice>
              </Show>
              <InvitationList
                invitations={answer().invitations}
                canEdit={isOwner()}
                resending={resending()}
                onResend={(invitation) => void resend(invitation)}
                onRevoke={(invitation) => setRemoval({ kind: 'invitation', invitation })}
              />
            </div>
          </>
        )}
      </QueryState>
      <Show when={removal()}>
        {(target) => (
          <ConfirmDialog
            title={copy(target()).title}
            confirmLabel={copy(target()).confirm}
            onConfirm={() => remove(target())}
            onClose={() => setRemoval(null)}
          >
            <p>{copy(target()).body}</p>
          </ConfirmDialog>
        )}
      </Show>
    </>
  );
}
