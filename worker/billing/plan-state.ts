import { applyPayment, isPaid, monthlyPrice, recalculate, remainingValue } from '../../common/billing/period';
import { operatorLimit } from '../../common/plans/limits';
import { FREE_PLAN_ID } from '../../common/schemas/billing';
import type { Plan } from './catalogue';

/** A company's plan columns: the chosen plan and operator count, and the end of the paid period (epoch ms). */
export interface PlanState {
  plan: string;
  operators: number;
  paidUntil: number | null;
}

export type LedgerKind = 'payment' | 'change' | 'cancel' | 'expire';

/** What one ledger row records: the kind of step, the state after it, and any money. */
export interface PlanTransition {
  kind: LedgerKind;
  next: PlanState;
  amountCents?: number;
  currency?: string;
  paymentId?: string;
}

/** A payment as frozen at checkout: exactly this is applied when it succeeds. */
export interface FrozenPayment {
  id: string;
  plan: string;
  operators: number;
  months: number;
  amountCents: number;
  currency: string;
}

/** The company's price per month under `state`, valued at the catalogue's current price of its plan. */
export function monthlyOf(state: PlanState, plan: Plan | undefined): number {
  return plan ? monthlyPrice(plan.pricePerOperator, state.operators) : 0;
}

/**
 * A change of plan or operator count at `now` (PUT …/plan): a paid plan recalculates the running
 * period (F15); Free cancels it. A company without a running period keeps Free limits until it pays.
 * Null when nothing would change.
 */
export function decideChange(
  state: PlanState,
  current: Plan | undefined,
  target: Plan,
  operators: number,
  now: number,
): PlanTransition | null {
  if (state.plan === target.id && state.operators === operators) return null;
  if (target.pricePerOperator === 0) {
    return { kind: isPaid(state.paidUntil, now) ? 'cancel' : 'change', next: { plan: target.id, operators, paidUntil: null } };
  }
  const period = recalculate(
    { monthly: monthlyOf(state, current), paidUntil: state.paidUntil },
    monthlyPrice(target.pricePerOperator, operators),
    now,
  );
  return { kind: 'change', next: { plan: target.id, operators, paidUntil: period.paidUntil } };
}

/**
 * A successful payment at `now`: the running period is first recalculated to the plan and operators
 * paid for, then extended by the months bought from the later of now and its end.
 */
export function decidePayment(state: PlanState, current: Plan | undefined, payment: FrozenPayment, now: number): PlanTransition {
  const paidMonthly = payment.amountCents / payment.months;
  const period = applyPayment({ monthly: monthlyOf(state, current), paidUntil: state.paidUntil }, paidMonthly, payment.months, now);
  return {
    kind: 'payment',
    next: { plan: payment.plan, operators: payment.operators, paidUntil: period.paidUntil },
    amountCents: payment.amountCents,
    currency: payment.currency,
    paymentId: payment.id,
  };
}

/** The period ended by `now`: Free limits apply; the plan and operator count stay chosen for renewal. */
export function decideExpiry(state: PlanState, now: number): PlanTransition | null {
  if (state.paidUntil === null || state.paidUntil > now) return null;
  return { kind: 'expire', next: { ...state, paidUntil: null } };
}

/** A company's plan as GET/PUT …/plan answer it. */
export function planView(state: PlanState, plan: Plan | undefined, operatorsUsed: number, now: number) {
  const monthly = monthlyOf(state, plan);
  const paid = isPaid(state.paidUntil, now);
  return {
    plan: state.plan,
    planName: plan?.name ?? state.plan,
    operators: state.operators,
    paidUntil: state.paidUntil === null ? null : new Date(state.paidUntil).toISOString(),
    /** Whether a paid period runs; without one, Free limits apply whatever plan is chosen. */
    paid,
    isFree: state.plan === FREE_PLAN_ID,
    operatorLimit: operatorLimit(
      { planOperators: state.operators, paidUntil: state.paidUntil === null ? null : new Date(state.paidUntil) },
      new Date(now),
    ),
    /** Members, the owner included; pending invitations don't count. */
    operatorsUsed,
    pricePerOperator: plan?.pricePerOperator ?? 0,
    currency: plan?.currency ?? 'usd',
    monthlyPrice: monthly,
    /** The unused value of the running period, in minor units. */
    remainingValue: remainingValue({ monthly, paidUntil: state.paidUntil }, now),
  };
}

export type PlanView = ReturnType<typeof planView>;
