import { formatMoney } from '../../../../../common/billing/money';
import { applyPayment, monthlyPrice } from '../../../../../common/billing/period';
import { plural } from '../../../../../common/plural';
import type { CataloguePlan, CheckoutStatus, CompanyPlan, LedgerEntry, PlanPreview } from '../shared/types';

const DAY_MS = 86_400_000;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "12 March 2026" (UTC, as the server and the receipts count periods). */
export function formatDate(iso: string | number): string {
  return dateFormat.format(new Date(iso));
}

export const operatorsText = (n: number) => plural(n, { one: '{n} operator', other: '{n} operators' });
export const monthsText = (n: number) => plural(n, { one: '{n} month', other: '{n} months' });
const daysText = (n: number) => plural(n, { one: '{n} day', other: '{n} days' });

/** What the company has now, in one sentence for the summary card. */
export function planStatus(plan: CompanyPlan, now = Date.now()): string {
  if (plan.isFree) return 'Free: one operator, nothing to pay.';
  if (!plan.paid)
    return `${plan.planName} for ${operatorsText(plan.operators)} is not paid: Free limits apply (one operator) until you pay.`;
  const days = Math.max(0, Math.ceil((Date.parse(plan.paidUntil!) - now) / DAY_MS));
  return `Paid until ${formatDate(plan.paidUntil!)} (${daysText(days)} left).`;
}

/** What a previewed change would do to the period, before it is confirmed. */
export function describePreview(p: PlanPreview): string {
  if (p.change === null) return 'This is your current plan: nothing would change.';
  if (p.change === 'cancel') return 'Switching to Free cancels the paid period at once. The remaining time is not refunded.';
  if (p.isFree) return 'The company stays on Free.';
  if (!p.before.paid || p.paidUntil === null) {
    return `Without a payment the company keeps Free limits (one operator). Pay below to start ${p.planName} for ${operatorsText(p.operators)}.`;
  }
  const before = formatDate(p.before.paidUntil!);
  const after = formatDate(p.paidUntil);
  const value = formatMoney(p.before.remainingValue, p.currency);
  const verdict =
    Date.parse(p.paidUntil) === Date.parse(p.before.paidUntil!)
      ? 'stays'
      : Date.parse(p.paidUntil) > Date.parse(p.before.paidUntil!)
        ? 'grows'
        : 'shrinks';
  return `Your remaining ${value} pays for ${p.planName} with ${operatorsText(p.operators)} until ${after} (now ${before}): the period ${verdict}.`;
}

/** The price and the new end of a payment of `months` months for the picked plan, as the server will compute it. */
export function paymentPreview(current: CompanyPlan, pick: CataloguePlan, operators: number, months: number, now = Date.now()) {
  const monthly = monthlyPrice(pick.pricePerOperator, operators);
  const period = applyPayment(
    { monthly: current.monthlyPrice, paidUntil: current.paidUntil ? Date.parse(current.paidUntil) : null },
    monthly,
    months,
    now,
  );
  return { amount: monthly * months, paidUntil: period.paidUntil! };
}

const KIND_LABEL: Record<LedgerEntry['kind'], string> = {
  payment: 'Payment',
  change: 'Plan change',
  cancel: 'Cancelled',
  expire: 'Period ended',
};

/** One ledger row in words: what happened and what it did to the plan and period. */
export function describeEntry(e: LedgerEntry): { title: string; detail: string } {
  const plan = (s: LedgerEntry['before']) => (s.plan === 'free' ? 'Free' : `${s.planName}, ${operatorsText(s.operators)}`);
  const until = (s: LedgerEntry['before']) => (s.paidUntil ? `paid until ${formatDate(s.paidUntil)}` : 'no paid period');
  const title = e.kind === 'payment' && e.payment ? `Payment for ${monthsText(e.payment.months)}` : KIND_LABEL[e.kind];
  return { title, detail: `${plan(e.before)} (${until(e.before)}) → ${plan(e.after)} (${until(e.after)})` };
}

/** How the checkout the payer came back from ended, from the return URL and the server's list. */
export function checkoutOutcome(
  paymentId: string | undefined,
  declined: boolean,
  checkouts: readonly CheckoutStatus[],
): 'paid' | 'pending' | 'declined' | null {
  if (!paymentId) return null;
  const found = checkouts.find((c) => c.id === paymentId);
  if (found?.status === 'paid') return 'paid';
  if (declined || found?.status === 'cancelled') return 'declined';
  return found ? 'pending' : null;
}
