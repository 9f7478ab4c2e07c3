import type { Figures, Report } from './aggregate';
import { MISSED_REASONS } from './events';
import type { Spread } from './percentile';

/** Names the report's ids for people: operators by name, categories by title. */
export interface CsvNames {
  operator: (id: string) => string;
  category: (id: string | null) => string;
}

const SPREADS = ['firstResponse', 'wait', 'duration'] as const;
const SPREAD_HEADERS = { firstResponse: 'first_response', wait: 'wait', duration: 'duration' } as const;

export const CSV_HEADER = [
  'scope',
  'key',
  'chats',
  'missed',
  ...MISSED_REASONS.map((r) => `missed_${r}`),
  ...SPREADS.flatMap((s) => [`${SPREAD_HEADERS[s]}_median_s`, `${SPREAD_HEADERS[s]}_p90_s`]),
  'rated_good',
  'rated_bad',
  'transfers',
  'offline_messages',
];

/**
 * The report as one CSV table (RFC 4180, CRLF): the whole range, then each local day, operator,
 * language and category. Durations are seconds with millisecond precision, so they match the
 * JSON figures exactly.
 */
export function reportCsv(report: Report, names: CsvNames): string {
  const rows: (string | number)[][] = [CSV_HEADER];
  rows.push(['total', `${report.from}..${report.to}`, ...cells(report.total)]);
  for (const d of report.days) rows.push(['day', d.date, ...cells(d)]);
  for (const o of report.operators) rows.push(['operator', names.operator(o.operatorId), ...cells(o)]);
  for (const l of report.languages) rows.push(['language', l.language, ...cells(l)]);
  for (const c of report.categories) rows.push(['category', names.category(c.category), ...cells(c)]);
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

function cells(f: Figures): (string | number)[] {
  return [
    f.chats,
    f.missed,
    ...MISSED_REASONS.map((r) => f.missedBy[r]),
    ...SPREADS.flatMap((s) => seconds(f[s])),
    f.ratings.good,
    f.ratings.bad,
    f.transfers,
    f.offlineMessages,
  ];
}

function seconds(s: Spread): string[] {
  return [s.median, s.p90].map((ms) => (ms === null ? '' : (ms / 1000).toFixed(3)));
}

/**
 * Quotes a field when it needs it, and defuses text a spreadsheet would run as a formula
 * (operator names and category titles are typed by users).
 */
function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
