import { For, Show } from 'solid-js';
import { formatMoney } from '../../../../../common/billing/money';
import type { LedgerEntry } from '../shared/types';
import { describeEntry, formatDate, monthsText, operatorsText } from './plan-format';

/** A payment's receipt, folded under its ledger row. */
function Receipt(props: { entry: LedgerEntry }) {
  const e = () => props.entry;
  return (
    <details class="receipt">
      <summary>Receipt</summary>
      <dl class="facts">
        <dt>Number</dt>
        <dd>
          <code>{e().payment!.id}</code>
        </dd>
        <dt>Date</dt>
        <dd>{formatDate(e().at)}</dd>
        <dt>Bought</dt>
        <dd>
          {e().after.planName}, {operatorsText(e().after.operators)}, {monthsText(e().payment!.months)}
        </dd>
        <dt>Amount</dt>
        <dd>{formatMoney(e().amount, e().currency ?? 'usd')}</dd>
        <dt>Paid until</dt>
        <dd>{e().after.paidUntil ? formatDate(e().after.paidUntil!) : '—'}</dd>
      </dl>
    </details>
  );
}

/** The ledger, newest first: every payment, change, cancellation and expiry (F15). */
export function LedgerList(props: { entries: readonly LedgerEntry[] }) {
  return (
    <Show when={props.entries.length > 0} fallback={<p class="hint">No payments or plan changes yet.</p>}>
      <table class="ledger">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">What</th>
            <th scope="col">By</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.entries}>
            {(e) => {
              const words = describeEntry(e);
              return (
                <tr data-kind={e.kind}>
                  <td>{formatDate(e.at)}</td>
                  <td>
                    <strong>{words.title}</strong>
                    <br />
                    <small class="hint">{words.detail}</small>
                    <Show when={e.payment}>
                      <Receipt entry={e} />
                    </Show>
                  </td>
                  <td>{e.actor?.name ?? 'Parley'}</td>
                  <td>{e.amount > 0 ? formatMoney(e.amount, e.currency ?? 'usd') : '—'}</td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
