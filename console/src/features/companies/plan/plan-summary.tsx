import { formatMoney } from '../../../../../common/billing/money';
import type { CompanyPlan } from '../shared/types';
import { operatorsText, planStatus } from './plan-format';

/** The company's plan now: plan, price, operators used of allowed, and the paid period. */
export function PlanSummary(props: { plan: CompanyPlan }) {
  const p = () => props.plan;
  return (
    <div class="card">
      <h3>Current plan</h3>
      <dl class="facts">
        <dt>Plan</dt>
        <dd data-testid="plan-name">
          {p().planName}
          {p().isFree ? '' : `, ${operatorsText(p().operators)} at ${formatMoney(p().monthlyPrice, p().currency)} a month`}
        </dd>
        <dt>Operators</dt>
        <dd data-testid="plan-operators">
          {p().operatorsUsed} used of {p().operatorLimit} allowed
        </dd>
        <dt>Paid until</dt>
        <dd data-testid="plan-status">{planStatus(p())}</dd>
      </dl>
    </div>
  );
}
