import * as v from 'valibot';

/** The plan every company starts on: one operator, no payment (F15). */
export const FREE_PLAN_ID = 'free';
/** How many months one payment may buy. */
export const MONTHS_MIN = 1;
export const MONTHS_MAX = 24;
/** The largest operator count any request may name; each plan has its own, lower maximum. */
export const OPERATORS_MAX = 1000;

const PlanIdSchema = v.pipe(v.string('Choose a plan.'), v.trim(), v.nonEmpty('Choose a plan.'), v.maxLength(32, 'Choose a plan.'));
const OperatorsSchema = v.pipe(
  v.number('Enter a number of operators.'),
  v.integer('Enter a whole number.'),
  v.minValue(1, 'Choose at least one operator.'),
  v.maxValue(OPERATORS_MAX, `Choose at most ${OPERATORS_MAX} operators.`),
);

/** PUT /api/companies/:companyId/plan */
export const PlanChangeBodySchema = v.object({ plan: PlanIdSchema, operators: OperatorsSchema });
export type PlanChangeBody = v.InferInput<typeof PlanChangeBodySchema>;

/** POST /api/companies/:companyId/payments */
export const PaymentBodySchema = v.object({
  plan: PlanIdSchema,
  operators: OperatorsSchema,
  months: v.pipe(
    v.number('Enter a number of months.'),
    v.integer('Enter a whole number.'),
    v.minValue(MONTHS_MIN, `Pay for ${MONTHS_MIN} to ${MONTHS_MAX} months.`),
    v.maxValue(MONTHS_MAX, `Pay for ${MONTHS_MIN} to ${MONTHS_MAX} months.`),
  ),
});
export type PaymentBody = v.InferInput<typeof PaymentBodySchema>;

/** `?preview=1` on PUT …/plan answers what the change would do without doing it. */
export const PlanPreviewQuerySchema = v.object({ preview: v.optional(v.picklist(['0', '1'], 'Use preview=1.')) });
