import { addDays, type LocalDate, localParts } from '../../../../common/reports/zoned-time';

/** The range choices of the Reports page; `custom` takes two dates. */
export const RANGE_PRESETS = [
  { id: 'today', label: 'Today' },
  { id: '7d', label: 'Last 7 days' },
  { id: '30d', label: 'Last 30 days' },
  { id: 'custom', label: 'Custom' },
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number]['id'];

const DEFAULT_PRESET: RangePreset = '7d';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the page's URL says: `?range=7d`, or `?range=custom&from=…&to=…`, and `&operator=…`. */
export interface ReportParams {
  range?: string;
  from?: string;
  to?: string;
  operator?: string;
}

/** The report the page shows: inclusive local dates and, for owners, one operator or everyone (''). */
export interface ReportFilter {
  preset: RangePreset;
  from: LocalDate;
  to: LocalDate;
  operator: string;
}

/** Today's date on the company's wall clock: "today" is the company's day, not the viewer's. */
export function todayIn(timeZone: string, now = Date.now()): LocalDate {
  return localParts(now, timeZone).date;
}

/** The dates a preset covers, ending today (`custom` keeps the last week until dates are picked). */
export function presetRange(preset: RangePreset, today: LocalDate): { from: LocalDate; to: LocalDate } {
  const days = preset === 'today' ? 1 : preset === '30d' ? 30 : 7;
  return { from: addDays(today, 1 - days), to: today };
}

function isPreset(value: string | undefined): value is RangePreset {
  return RANGE_PRESETS.some((p) => p.id === value);
}

/**
 * The filter a URL describes. A custom range keeps the dates as written (the server names what is
 * wrong with them); a missing date falls back to the default week's.
 */
export function filterOf(params: ReportParams, today: LocalDate): ReportFilter {
  const preset = isPreset(params.range) ? params.range : DEFAULT_PRESET;
  const operator = params.operator ?? '';
  if (preset !== 'custom') return { preset, ...presetRange(preset, today), operator };
  const fallback = presetRange(DEFAULT_PRESET, today);
  const date = (s: string | undefined, or: LocalDate) => (s && DATE.test(s) ? s : or);
  return { preset, from: date(params.from, fallback.from), to: date(params.to, fallback.to), operator };
}

/** The URL parameters of a filter: dates only for a custom range, so a preset bookmark moves with the days. */
export function paramsOf(filter: ReportFilter): ReportParams {
  const custom = filter.preset === 'custom';
  return {
    range: filter.preset,
    from: custom ? filter.from : undefined,
    to: custom ? filter.to : undefined,
    operator: filter.operator || undefined,
  };
}

/** The API query for a filter; only owners may name an operator (operators always get their own). */
export function reportQuery(filter: ReportFilter, isOwner: boolean): { from: string; to: string; operator?: string } {
  const range = { from: filter.from, to: filter.to };
  return isOwner && filter.operator ? { ...range, operator: filter.operator } : range;
}
