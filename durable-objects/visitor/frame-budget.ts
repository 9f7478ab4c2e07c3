/** Visitor frame types with a budget: every type but `hello`, which a socket sends once. */
export type BudgetedFrame = 'message' | 'typing' | 'update' | 'close' | 'contact' | 'rate' | 'receipt';

/**
 * A socket's frame budgets, kept in its hibernation attachment so they survive the object
 * sleeping: `burst` frames at once, then `perSecond` on average. Each budget is one number (the
 * generic cell rate algorithm's "theoretical arrival time"), which keeps the attachment small.
 */
export interface BucketRule {
  burst: number;
  perSecond: number;
}

/**
 * Spends one frame at `now` from a budget (undefined: never used): the budget after it, or null
 * when it is spent (the frame is refused and the budget left as it was, so a flood does not push
 * the next allowed frame further away).
 */
export function takeToken(budget: number | undefined, rule: BucketRule, now: number): number | null {
  const interval = Math.ceil(1000 / rule.perSecond);
  const due = Math.max(budget ?? now, now);
  return due - now <= (rule.burst - 1) * interval ? due + interval : null;
}
