/** What the operator limit depends on: a company's plan columns. */
export interface PlanState {
  planOperators: number;
  paidUntil: Date | null;
}

/** Operators a Free company may have (F15): the owner alone. */
export const FREE_OPERATORS = 1;

/**
 * How many operators (members plus pending invitations) a company may have right now (F6, F15).
 * A paid plan's operator count holds while its period runs; when it ends, Free limits apply.
 * Every operator-limit decision goes through this one function.
 */
export function operatorLimit(plan: PlanState, now: Date = new Date()): number {
  const paid = plan.paidUntil !== null && plan.paidUntil.getTime() > now.getTime();
  return paid ? Math.max(FREE_OPERATORS, plan.planOperators) : FREE_OPERATORS;
}
