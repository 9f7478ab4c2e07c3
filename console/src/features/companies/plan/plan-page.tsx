import { revalidate, useSearchParams } from '@solidjs/router';
import { type Accessor, createEffect, Match, onCleanup, Show, Switch } from 'solid-js';
import { QueryState, WhenLoaded } from '../../../components/query-state';
import { api, call } from '../../../lib/api';
import { createQueryData } from '../../../lib/query-cache';
import { useCompany } from '../company-area/company-context';
import { getPayments, getPlan, getPlanCatalogue } from '../shared/queries';
import type { CompanyPlan } from '../shared/types';
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
  const plan = createQueryData(getPlan, companyId);
  const catalogue = createQueryData(getPlanCatalogue);
  const payments = createQueryData(getPayments, companyId);
  const outcome = () => checkoutOutcome(params.payment, params.checkout === 'cancelled', payments()?.checkouts ?? []);

  const reloadAll = () => {
    void revalidate([plan.key, payments.key]);
    refresh();
  };
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

  return (
    <>
      <h2 class="page-title">Plan</h2>
      <p class="lead">
        Plans are priced per operator per month. Paying buys months for the plan and operators you pick; changing them recalculates the paid
        period.
      </p>
      <WhenLoaded>
        <CheckoutNotice
          outcome={outcome}
          plan={() => plan()}
          recheck={() => revalidate(payments.key).then(() => outcome() === 'paid' && reloadAll())}
        />
      </WhenLoaded>
      <QueryState data={plan} what="the plan" keys={plan.key}>
        {(current) => (
          <>
            <PlanSummary plan={current()} />
            <Show
              when={isOwner()}
              fallback={
                <p class="hint" data-testid="plan-read-only">
                  Only the company’s owner can change the plan or pay.
                </p>
              }
            >
              <QueryState data={catalogue} what="the plans" keys={catalogue.key}>
                {(plans) => <PlanChooser plan={current()} catalogue={plans()} actions={actions} />}
              </QueryState>
            </Show>
          </>
        )}
      </QueryState>
      <div class="card">
        <h3>Payments and changes</h3>
        <QueryState data={payments} what="the ledger" keys={payments.key}>
          {(answer) => <LedgerList entries={answer().ledger} />}
        </QueryState>
      </div>
    </>
  );
}

/**
 * How the checkout the payer came back from ended. While the provider hasn't confirmed it, the
 * payments are read again every second (a minute at most).
 */
function CheckoutNotice(props: {
  outcome: Accessor<ReturnType<typeof checkoutOutcome>>;
  plan: Accessor<CompanyPlan | undefined>;
  recheck: () => Promise<unknown>;
}) {
  let polls = 0;
  createEffect(() => {
    if (props.outcome() !== 'pending' || polls >= CONFIRM_POLLS) return;
    const timer = setTimeout(() => {
      polls++;
      void props.recheck();
    }, CONFIRM_POLL_MS);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <Switch>
      <Match when={props.outcome() === 'paid'}>
        <p class="notice notice-success" role="status">
          Payment received. {props.plan()?.paidUntil ? `Paid until ${formatDate(props.plan()!.paidUntil!)}.` : ''} The receipt is in the
          ledger below and in your mail.
        </p>
      </Match>
      <Match when={props.outcome() === 'pending'}>
        <p class="notice" role="status" aria-busy="true">
          Waiting for the payment provider to confirm the payment…
        </p>
      </Match>
      <Match when={props.outcome() === 'declined'}>
        <p class="notice notice-warning" role="status">
          The payment was declined. Nothing was charged and the plan is as it was.
        </p>
      </Match>
    </Switch>
  );
}
