import * as v from 'valibot';
import { addDays } from '../reports/zoned-time';

/** The longest range one report covers: a leap year and a day, so "last 365 days" always fits. */
export const MAX_REPORT_DAYS = 367;

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that exists (no 30 February). */
function isDate(s: string): boolean {
  const at = Date.parse(`${s}T00:00:00Z`);
  return DATE_FORMAT.test(s) && !Number.isNaN(at) && new Date(at).toISOString().startsWith(s);
}

const LocalDateSchema = v.pipe(
  v.string(),
  v.regex(DATE_FORMAT, 'Use a date like 2026-11-30.'),
  v.check(isDate, 'This date does not exist.'),
);

/** `GET …/reports?from=&to=&operator=` (F22): inclusive local dates in the company's time zone. */
export const ReportQuerySchema = v.pipe(
  v.object({
    from: LocalDateSchema,
    to: LocalDateSchema,
    /** One operator's figures; operators always get their own. */
    operator: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
  }),
  v.forward(
    // Only compared once both dates are valid: a bad date already has its own message.
    v.check((q) => !isDate(q.from) || !isDate(q.to) || q.from <= q.to, 'The end date must not be before the start date.'),
    ['to'],
  ),
  v.forward(
    v.check((q) => !isDate(q.from) || !isDate(q.to) || q.to < addDays(q.from, MAX_REPORT_DAYS), `Choose at most ${MAX_REPORT_DAYS} days.`),
    ['to'],
  ),
);
export type ReportQueryInput = v.InferOutput<typeof ReportQuerySchema>;

/** People's names for the ids in a report (F22): operators by id, categories by id. */
export interface ReportNames {
  operators: Record<string, string>;
  categories: Record<string, string>;
}
