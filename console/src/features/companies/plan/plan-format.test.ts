import { describe, expect, test } from 'vitest';
import { MONTH_MS } from '../../../../../common/billing/period';
import type { CataloguePlan, CompanyPlan, LedgerEntry, PlanPreview } from '../shared/types';
import {
  checkoutOutcome,
  describeEntry,
  describePreview,
  formatDate,
  monthsText,
  operatorsText,
  paymentPreview,
  planStatus,
} from './plan-format';

const NOW = Date.UTC(2026, 2, 1, 12);
const iso = (ms: number) => new Date(ms).toISOString();

const plan = (over: Partial<CompanyPlan> = {}): CompanyPlan => ({
  plan: 'standard',
  planName: 'Standard',
  operators: 3,
  paidUntil: iso(NOW + 10 * 86_400_000),
  paid: true,
  isFree: false,
  operatorLimit: 3,
  operatorsUsed: 2,
  pricePerOperator: 900,
  currency: 'usd',
  monthlyPrice: 2700,
  remainingValue: 900,
  ...over,
});
const FREE = plan({
  plan: 'free',
  planName: 'Free',
  operators: 1,
  paidUntil: null,
  paid: false,
  isFree: true,
  operatorLimit: 1,
  operatorsUsed: 1,
  pricePerOperator: 0,
  monthlyPrice: 0,
  remainingValue: 0,
});
const PRO: CataloguePlan = { id: 'pro', name: 'Pro', pricePerOperator: 1900, currency: 'usd', maxOperators: 100 };

const preview = (after: CompanyPlan, before: CompanyPlan, change: PlanPreview['change']): PlanPreview => ({
  ...after,
  preview: true,
  change,
  before,
});

describe('plan words', () => {
  test('status: Free, chosen but unpaid, and paid with days left', () => {
    expect(planStatus(FREE, NOW)).toBe('Free: one operator, nothing to pay.');
    expect(planStatus(plan({ paid: false, paidUntil: null }), NOW)).toContain('not paid: Free limits apply');
    expect(planStatus(plan(), NOW)).toBe('Paid until 11 March 2026 (10 days left).');
    expect(planStatus(plan({ paidUntil: iso(NOW + 86_400_000) }), NOW)).toBe('Paid until 2 March 2026 (1 day left).');
    expect(operatorsText(1)).toBe('1 operator');
    expect(monthsText(12)).toBe('12 months');
  });

  test('preview: a grown or shrunk period, a cancellation, Free limits until paid, and no change', () => {
    const before = plan();
    const shrunk = preview(plan({ plan: 'pro', planName: 'Pro', paidUntil: iso(NOW + 3 * 86_400_000) }), before, 'change');
    expect(describePreview(shrunk)).toBe(
      'Your remaining $9.00 pays for Pro with 3 operators until 4 March 2026 (now 11 March 2026): the period shrinks.',
    );
    const grown = preview(plan({ operators: 1, paidUntil: iso(NOW + 30 * 86_400_000) }), before, 'change');
    expect(describePreview(grown)).toContain('the period grows');
    expect(describePreview(preview(FREE, before, 'cancel'))).toContain('cancels the paid period');
    expect(describePreview(preview(plan({ paid: false, paidUntil: null, operatorLimit: 1 }), FREE, 'change'))).toContain(
      'keeps Free limits (one operator)',
    );
    expect(describePreview(preview(before, before, null))).toContain('nothing would change');
  });

  test('payment preview: the amount, and the end extended from the running period after recalculating it', () => {
    // 10 days of 3 × $9 are worth 10 × 27/57 days of 3 × $19; then 2 months.
    const p = paymentPreview(plan(), PRO, 3, 2, NOW);
    expect(p.amount).toBe(1900 * 3 * 2);
    expect(p.paidUntil).toBe(NOW + Math.round((10 * 86_400_000 * 2700) / 5700) + 2 * MONTH_MS);
    expect(paymentPreview(FREE, PRO, 3, 1, NOW)).toEqual({ amount: 5700, paidUntil: NOW + MONTH_MS });
  });

  test('ledger rows say what happened, from what to what', () => {
    const entry: LedgerEntry = {
      id: 'l1',
      seq: 1,
      kind: 'payment',
      at: iso(NOW),
      actor: { id: 'u1', name: 'Ann' },
      before: { plan: 'free', planName: 'Free', operators: 1, paidUntil: null },
      after: { plan: 'standard', planName: 'Standard', operators: 3, paidUntil: iso(NOW + MONTH_MS) },
      amount: 2700,
      currency: 'usd',
      payment: { id: 'p1', months: 1 },
    };
    expect(describeEntry(entry)).toEqual({
      title: 'Payment for 1 month',
      detail: 'Free (no paid period) → Standard, 3 operators (paid until 31 March 2026)',
    });
    expect(describeEntry({ ...entry, kind: 'expire', payment: null, amount: 0 }).title).toBe('Period ended');
    expect(formatDate(NOW)).toBe('1 March 2026');
  });

  test('checkout outcome from the return URL and the checkouts list', () => {
    const checkout = (status: 'pending' | 'paid' | 'cancelled') => [
      { id: 'p1', status, plan: 'pro', operators: 3, months: 1, amount: 5700, currency: 'usd', createdAt: iso(NOW), completedAt: null },
    ];
    expect(checkoutOutcome(undefined, false, checkout('paid'))).toBeNull();
    expect(checkoutOutcome('p1', false, checkout('paid'))).toBe('paid');
    expect(checkoutOutcome('p1', false, checkout('pending'))).toBe('pending');
    expect(checkoutOutcome('p1', true, checkout('pending'))).toBe('declined');
    expect(checkoutOutcome('p1', false, checkout('cancelled'))).toBe('declined');
    expect(checkoutOutcome('other', false, checkout('paid'))).toBeNull();
  });
});
