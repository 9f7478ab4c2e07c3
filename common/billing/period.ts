/**
 * Payment-period maths (F15) as pure functions over integers: money in minor units (cents),
 * time in epoch milliseconds. A company pays `monthly = price per operator × operators` for each
 * 30-day month; its price per millisecond is `monthly / MONTH_MS`. Products of money and time are
 * taken in BigInt so no step loses precision before the final rounding to a whole millisecond.
 */

/** A billing month: 30 days, whatever the calendar says. */
export const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

/** No period runs longer than this (100 000 months), so ends stay safe integers whatever the prices. */
export const MAX_PERIOD_MS = 100_000 * MONTH_MS;

/** What the company pays and until when: `paidUntil` null means no running period (Free, or ended). */
export interface Period {
  /** Minor units per 30-day month for the whole company; 0 on Free. */
  monthly: number;
  /** Epoch ms the paid period ends, or null. */
  paidUntil: number | null;
}

/** Minor units a month for `operators` seats at `pricePerOperator` each. */
export function monthlyPrice(pricePerOperator: number, operators: number): number {
  return pricePerOperator * operators;
}

/** What `months` months cost at this monthly price, in minor units. */
export function amountFor(monthly: number, months: number): number {
  return monthly * months;
}

/** Milliseconds left in the period at `now`; 0 when there is none or it has ended. */
export function remainingMs(period: Period, now: number): number {
  if (period.paidUntil === null || period.monthly <= 0 || !(period.paidUntil > now)) return 0;
  return period.paidUntil - now;
}

/** The unused value of the period at `now` in minor units, rounded down (what the company still has). */
export function remainingValue(period: Period, now: number): number {
  return Number((BigInt(remainingMs(period, now)) * BigInt(period.monthly)) / BigInt(MONTH_MS));
}

/**
 * The period after switching to a price of `monthly` at `now`: remaining value = remaining time ×
 * old price per ms; new end = now + remaining value / new price per ms, rounded to the nearest ms.
 * Switching to a price of 0 (Free) cancels the period, as does a period with nothing left.
 * A change to a far cheaper price is capped at MAX_PERIOD_MS.
 */
export function recalculate(period: Period, monthly: number, now: number): Period {
  const left = remainingMs(period, now);
  if (monthly <= 0 || left === 0) return { monthly: Math.max(0, monthly), paidUntil: null };
  const num = BigInt(left) * BigInt(period.monthly);
  const den = BigInt(monthly);
  const rounded = (2n * num + den) / (2n * den);
  const newLeft = Number(rounded < BigInt(MAX_PERIOD_MS) ? rounded : BigInt(MAX_PERIOD_MS));
  return { monthly, paidUntil: newLeft > 0 ? now + newLeft : null };
}

/**
 * The period after a payment of `months` months at `monthly` succeeds at `now`: the current period
 * is first recalculated to that price, then extended by the months bought from the later of now
 * and its end.
 */
export function applyPayment(period: Period, monthly: number, months: number, now: number): Period {
  if (!(monthly > 0) || !Number.isInteger(months) || months < 1) throw new RangeError('a payment buys whole months of a paid plan');
  const current = recalculate(period, monthly, now);
  const from = current.paidUntil === null ? now : Math.max(now, current.paidUntil);
  return { monthly, paidUntil: from + months * MONTH_MS };
}

/** Whether the period still runs at `now`. */
export function isPaid(paidUntil: number | null, now: number): boolean {
  return paidUntil !== null && paidUntil > now;
}
