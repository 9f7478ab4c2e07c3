import { useSearchParams } from '@solidjs/router';
import { createEffect, Match, onCleanup, Show, Switch } from 'solid-js';
import { api, call } from '../../../lib/api';
import { useCompany } from '../company-area/company-context';
import { ListState } from '../shared/list-state';
import { createLoader } from '../shared/loader';
import { LedgerList } from './ledger-list';
import { type PlanActions, PlanChooser } from './plan-chooser';
import { checkoutOutcome, formatDate } from './plan-format';
import { PlanSummary } from './plan-summary';
import './plan.css';

/** While a payment the payer came back from is unconfirmed (the provider's webhook may trail the redirect), the ledger is re-read this often, this many times. */
const CONFIRM_POLL_MS = 1000;
const CONFIRM_POLLS = 60;

/**
 * Company → Plan (F15): the current plan and period, the owner's pickers with a live preview,
 * Pay for N months through the provider's checkout and back, and the ledger with receipts.
 * Operators see it read-only.
 */
export default function PlanPage() {
  const { companyId, isOwner, refresh } = useCompany();
  const param = { companyId };
  const client = api.api.companies[':companyId'];
  const [params] = useSearchParams<{ payment?: string; checkout?: string }>();
  const plan = createLoader(() => call(client.plan.$get({ param })));
  const catalogue = createLoader(() => call(api.api.plans.$get()));
  const payments = createLoader(() => call(client.payments.$get({ param })));
  const outcome = () => checkoutOutcome(params.payment, params.checkout === 'cancelled', payments.data()?.checkouts ?? []);

  const reloadAll = () => {
    void plan.reload();
    void payments.reload();
    refresh();
  };
  let polls = 0;
  const actions: PlanActions = {
    preview: (json) => call(client.plan.$put({ param, query: { preview: '1' }, json })),
    apply: async (json) => {
      await call(client.plan.$put({ param, query: {}, json }));
      reloadAll();
    },
    pay: async (json) => {
      const { checkoutUrl } = await call(client.payments.$post({ param, json }));
      window.location.assign(checkoutUrl);
    },
  };
  createEffect(() => {
    if (outcome() !== 'pending' || polls >= CONFIRM_POLLS) return;
    const timer = setTimeout(() => {
      polls++;
      void payments.reload().then(() => outcome() === 'paid' && reloadAll());
    }, CONFIRM_POLL_MS);
    onCleanup(() => clearTimeout(timer));
  });

  return (
    <>
      <h2 class="page-title">Plan</h2>
      <p class="lead">
        Plans are priced per operator per month. Paying buys months for the plan and operators you pick; changing them recalculates the paid
        period.
      </p>
      <Switch>
        <Match when={outcome() === 'paid'}>
          <p class="notice notice-success" role="status">
            Payment received. {plan.data()?.paidUntil ? `Paid until ${formatDate(plan.data()!.paidUntil!)}.` : ''} The receipt is in the
            ledger below and in your mail.
          </p>
        </Match>
        <Match when={outcome() === 'pending'}>
          <p class="notice" role="status" aria-busy="true">
            Waiting for the payment provider to confirm the payment…
          </p>
        </Match>
        <Match when={outcome() === 'declined'}>
          <p class="notice notice-warning" role="status">
            The payment was declined. Nothing was charged and the plan is as it was.
          </p>
        </Match>
      </Switch>
      <ListState loader={plan} what="the plan">
        <PlanSummary plan={plan.data()!} />
        <Show
          when={isOwner()}
          fallback={
            <p class="hint" data-testid="plan-read-only">
              Only the company’s owner can change the plan or pay.
            </p>
          }
        >
          <ListState loader={catalogue} what="the plans">
            <PlanChooser plan={plan.data()!} catalogue={catalogue.data()!} actions={actions} />
          </ListState>
        </Show>
      </ListState>
      <div class="card">
        <h3>Payments and changes</h3>
        <ListState loader={payments} what="the ledger">
          <LedgerList entries={payments.data()!.ledger} />
        </ListState>
      </div>
    </>
  );
}
