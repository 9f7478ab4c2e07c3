import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPayment, MONTH_MS, monthlyPrice, type Period, recalculate, remainingMs, remainingValue } from './period';

const SECOND = 1000;
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

/** Per-operator prices and seat counts of the size a catalogue has (ratios up to 1000:1). */
const monthlyArb = fc
  .record({ price: fc.integer({ min: 500, max: 5000 }), operators: fc.integer({ min: 1, max: 100 }) })
  .map(({ price, operators }) => monthlyPrice(price, operators));
const runningArb = fc.record({ monthly: monthlyArb, left: fc.integer({ min: 1, max: 3 * 365 * DAY }) });

/** Exact value in minor-unit-milliseconds (minor units × MONTH_MS), as BigInt. */
const exactValue = (p: Period, now: number) => BigInt(remainingMs(p, now)) * BigInt(p.monthly);

describe('recalculate', () => {
  it('keeps the example of the spec: half a month of 2 operators becomes a quarter month of 4', () => {
    const start: Period = { monthly: monthlyPrice(900, 2), paidUntil: T0 + MONTH_MS / 2 };
    expect(recalculate(start, monthlyPrice(900, 4), T0)).toEqual({ monthly: 3600, paidUntil: T0 + MONTH_MS / 4 });
    expect(remainingValue(start, T0)).toBe(900);
  });

  it('conserves value across any sequence of changes, within a second of the priciest plan', () => {
    fc.assert(
      fc.property(
        runningArb,
        fc.array(fc.record({ after: fc.integer({ min: 0, max: 10 * DAY }), monthly: monthlyArb }), { minLength: 1, maxLength: 40 }),
        ({ monthly, left }, changes) => {
          let period: Period = { monthly, paidUntil: T0 + left };
          let now = T0;
          let expected = exactValue(period, now);
          let maxMonthly = monthly;
          for (const change of changes) {
            const next = now + change.after;
            if (period.paidUntil === null || period.paidUntil <= next) return;
            // Time used between changes costs exactly its price; only a change may round.
            expected -= BigInt(change.after) * BigInt(period.monthly);
            now = next;
            period = recalculate(period, change.monthly, now);
            maxMonthly = Math.max(maxMonthly, change.monthly);
            if (period.paidUntil === null) {
              expect(expected).toBeLessThanOrEqual(BigInt(SECOND * maxMonthly));
              return;
            }
          }
          const drift = exactValue(period, now) - expected;
          expect(drift < 0n ? -drift : drift).toBeLessThanOrEqual(BigInt(SECOND * maxMonthly));
        },
      ),
    );
  });

  it('comes back to the start, within a second, after a change and its inverse', () => {
    fc.assert(
      fc.property(runningArb, monthlyArb, fc.integer({ min: 0, max: 365 * DAY }), ({ monthly, left }, other, elapsed) => {
        const start: Period = { monthly, paidUntil: T0 + left + elapsed };
        const back = recalculate(recalculate(start, other, T0 + elapsed), monthly, T0 + elapsed);
        expect(back.monthly).toBe(monthly);
        if (back.paidUntil === null) {
          // Only a period shorter than a millisecond of the other plan can vanish on the way.
          expect(left * monthly).toBeLessThan(other);
          return;
        }
        expect(Math.abs(back.paidUntil - start.paidUntil!)).toBeLessThanOrEqual(SECOND);
      }),
    );
  });

  it('cancels the period on Free, keeps no remaining time, and never ends in the past, negative or NaN', () => {
    fc.assert(
      fc.property(
        fc.record({
          monthly: fc.integer({ min: 0, max: 1_000_000 }),
          paidUntil: fc.option(fc.integer({ min: 0, max: 2 ** 45 }), { nil: null }),
        }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 2 ** 45 }),
        (period, monthly, now) => {
          expect(recalculate(period, 0, now)).toEqual({ monthly: 0, paidUntil: null });
          const next = recalculate(period, monthly, now);
          if (next.paidUntil !== null) {
            expect(Number.isSafeInteger(next.paidUntil)).toBe(true);
            expect(next.paidUntil).toBeGreaterThan(now);
          }
          expect(remainingValue(next, now)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('treats an ended period as nothing left', () => {
    expect(recalculate({ monthly: 900, paidUntil: T0 }, 1800, T0)).toEqual({ monthly: 1800, paidUntil: null });
    expect(recalculate({ monthly: 900, paidUntil: null }, 1800, T0)).toEqual({ monthly: 1800, paidUntil: null });
  });
});

describe('applyPayment', () => {
  it('extends from now when no period runs, and from its end when one does', () => {
    expect(applyPayment({ monthly: 0, paidUntil: null }, 2700, 3, T0)).toEqual({ monthly: 2700, paidUntil: T0 + 3 * MONTH_MS });
    expect(applyPayment({ monthly: 900, paidUntil: T0 - DAY }, 900, 1, T0)).toEqual({ monthly: 900, paidUntil: T0 + MONTH_MS });
    expect(applyPayment({ monthly: 900, paidUntil: T0 + 10 * DAY }, 900, 1, T0)).toEqual({
      monthly: 900,
      paidUntil: T0 + 10 * DAY + MONTH_MS,
    });
  });

  it('recalculates the running period to the price paid for before extending', () => {
    // 10 days at 1 operator are 5 days at 2; then one month at 2.
    expect(applyPayment({ monthly: 900, paidUntil: T0 + 10 * DAY }, 1800, 1, T0)).toEqual({
      monthly: 1800,
      paidUntil: T0 + 5 * DAY + MONTH_MS,
    });
  });

  it('adds exactly the value paid, within a second', () => {
    fc.assert(
      fc.property(runningArb, monthlyArb, fc.integer({ min: 1, max: 24 }), ({ monthly, left }, paidMonthly, months) => {
        const before: Period = { monthly, paidUntil: T0 + left };
        const after = applyPayment(before, paidMonthly, months, T0);
        const added = exactValue(after, T0) - exactValue(before, T0);
        const paid = BigInt(paidMonthly) * BigInt(months) * BigInt(MONTH_MS);
        const drift = added - paid;
        expect(drift < 0n ? -drift : drift).toBeLessThanOrEqual(BigInt(SECOND * Math.max(monthly, paidMonthly)));
      }),
    );
  });

  it('refuses a payment that buys nothing', () => {
    expect(() => applyPayment({ monthly: 0, paidUntil: null }, 0, 1, T0)).toThrow(RangeError);
    expect(() => applyPayment({ monthly: 0, paidUntil: null }, 900, 0, T0)).toThrow(RangeError);
  });
});
