import { createEffect, createSignal, For, onCleanup, Show } from 'solid-js';
import { formatMoney } from '../../../../../common/billing/money';
import { MONTHS_MAX, MONTHS_MIN, PaymentBodySchema } from '../../../../../common/schemas/billing';
import { Field, FormError } from '../../../components/form';
import { createFormState } from '../../../lib/form-state';
import { errorMessage } from '../shared/error-message';
import type { CataloguePlan, CompanyPlan, PlanPreview } from '../shared/types';
import { describePreview, formatDate, monthsText, operatorsText, paymentPreview } from './plan-format';

/** How long typing pauses before the preview asks the server. */
const PREVIEW_DELAY_MS = 250;

/** What the chooser asks the server: a preview of a change, the change itself, and a checkout. */
export interface PlanActions {
  preview: (pick: { plan: string; operators: number }) => Promise<PlanPreview>;
  apply: (pick: { plan: string; operators: number }) => Promise<unknown>;
  /** Opens a checkout and sends the browser to it. */
  pay: (pick: { plan: string; operators: number; months: number }) => Promise<unknown>;
}

/**
 * The owner's plan and operator pickers with a live preview of what the change does to the paid
 * period (PUT …/plan?preview=1), Apply to make the change, and Pay for N months, which opens the
 * payment provider's checkout for exactly the plan and operators picked.
 */
export function PlanChooser(props: { plan: CompanyPlan; catalogue: readonly CataloguePlan[]; actions: PlanActions }) {
  const paid = props.catalogue.filter((p) => p.pricePerOperator > 0);
  const [pickId, setPickId] = createSignal(props.plan.isFree ? (paid[0]?.id ?? 'free') : props.plan.plan);
  const pick = () => props.catalogue.find((p) => p.id === pickId()) ?? props.catalogue[0]!;
  const isFreePick = () => pick().pricePerOperator === 0;
  const [operatorsInput, setOperatorsInput] = createSignal(
    String(props.plan.isFree ? Math.max(2, props.plan.operatorsUsed) : props.plan.operators),
  );
  const operators = () => (isFreePick() ? 1 : Number(operatorsInput()));
  const [monthsInput, setMonthsInput] = createSignal('1');
  const months = () => Number(monthsInput());

  const operatorsError = () => {
    const n = operators();
    if (!Number.isInteger(n) || n < 1) return 'Enter a whole number of operators, at least 1.';
    if (n > pick().maxOperators) return `${pick().name} allows up to ${operatorsText(pick().maxOperators)}.`;
    return undefined;
  };
  const monthsError = () =>
    Number.isInteger(months()) && months() >= MONTHS_MIN && months() <= MONTHS_MAX
      ? undefined
      : `Pay for ${MONTHS_MIN} to ${MONTHS_MAX} months.`;

  const [preview, setPreview] = createSignal<PlanPreview | null>(null);
  const [previewError, setPreviewError] = createSignal<string | null>(null);
  let latest = 0;
  createEffect(() => {
    const body = { plan: pickId(), operators: operators() };
    void props.plan; // A new current plan (after Apply or a payment) changes every preview.
    const request = ++latest;
    setPreview(null);
    if (operatorsError()) return;
    const timer = setTimeout(async () => {
      try {
        const answer = await props.actions.preview(body);
        if (request !== latest) return;
        setPreview(answer);
        setPreviewError(null);
      } catch (err) {
        if (request === latest) setPreviewError(errorMessage(err));
      }
    }, PREVIEW_DELAY_MS);
    onCleanup(() => clearTimeout(timer));
  });

  const applyForm = createFormState();
  const apply = () => applyForm.submit(() => props.actions.apply({ plan: pickId(), operators: operators() }));

  const payForm = createFormState();
  const payment = () =>
    isFreePick() || operatorsError() || monthsError() ? null : paymentPreview(props.plan, pick(), operators(), months());
  const pay = () =>
    payForm.submit(() => props.actions.pay({ plan: pickId(), operators: operators(), months: months() }), {
      schema: PaymentBodySchema,
      value: { plan: pickId(), operators: operators(), months: months() },
    });

  return (
    <div class="card plan-chooser">
      <h3>Change the plan</h3>
      <fieldset class="field">
        <legend>Plan</legend>
        <div class="plan-options">
          <For each={props.catalogue}>
            {(p) => (
              <label class="plan-option" classList={{ picked: pickId() === p.id }}>
                <input type="radio" name="plan" value={p.id} checked={pickId() === p.id} onChange={() => setPickId(p.id)} />
                <span>
                  <strong>{p.name}</strong>
                  <small class="hint">
                    {p.pricePerOperator === 0
                      ? 'One operator, free'
                      : `${formatMoney(p.pricePerOperator, p.currency)} per operator a month, up to ${p.maxOperators}`}
                  </small>
                </span>
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <Field
        label="Operators"
        name="operators"
        type="number"
        min="1"
        max={pick().maxOperators}
        inputmode="numeric"
        value={isFreePick() ? '1' : operatorsInput()}
        disabled={isFreePick()}
        onInput={(e) => setOperatorsInput(e.currentTarget.value)}
        error={operatorsError() ?? applyForm.fields().operators ?? payForm.fields().operators}
        hint={`${operatorsText(props.plan.operatorsUsed)} in the company now, the owner included.`}
      />
      <p class="plan-preview" role="status" aria-live="polite" data-testid="plan-preview">
        {preview() ? describePreview(preview()!) : operatorsError() ? '' : (previewError() ?? 'Working out what this changes…')}
      </p>
      <Show when={!operatorsError() && operators() < props.plan.operatorsUsed}>
        <p class="notice notice-warning">
          The company has {operatorsText(props.plan.operatorsUsed)}: those who joined last beyond {operatorsText(operators())} won’t be able
          to go online. Nobody is removed.
        </p>
      </Show>
      <FormError message={applyForm.error()} />
      <div class="form-actions">
        <button
          type="button"
          disabled={!preview() || preview()!.change === null || applyForm.busy()}
          aria-busy={applyForm.busy()}
          onClick={() => void apply()}
        >
          {applyForm.busy() ? 'Applying…' : 'Apply change'}
        </button>
      </div>

      <Show when={!isFreePick()}>
        <h4>Pay</h4>
        <Field
          label="Months"
          name="months"
          type="number"
          min={MONTHS_MIN}
          max={MONTHS_MAX}
          inputmode="numeric"
          value={monthsInput()}
          onInput={(e) => setMonthsInput(e.currentTarget.value)}
          error={monthsError() ?? payForm.fields().months}
        />
        <Show when={payment()}>
          {(p) => (
            <p class="hint" data-testid="payment-preview">
              {pick().name} for {operatorsText(operators())}, {monthsText(months())}: {formatMoney(p().amount, pick().currency)}. Paid until{' '}
              {formatDate(p().paidUntil)} after the payment.
            </p>
          )}
        </Show>
        <FormError message={payForm.error()} />
        <div class="form-actions">
          <button
            type="button"
            class="primary"
            disabled={!payment() || payForm.busy()}
            aria-busy={payForm.busy()}
            onClick={() => void pay()}
          >
            {payForm.busy()
              ? 'Opening the checkout…'
              : payment()
                ? `Pay ${formatMoney(payment()!.amount, pick().currency)} for ${monthsText(months())}`
                : 'Pay'}
          </button>
        </div>
      </Show>
    </div>
  );
}
