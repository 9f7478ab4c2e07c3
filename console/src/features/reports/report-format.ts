import type { MissedReason } from '../../../../common/reports/events';

const UNITS = [
  { ms: 86_400_000, unit: 'd' },
  { ms: 3_600_000, unit: 'h' },
  { ms: 60_000, unit: 'min' },
  { ms: 1_000, unit: 's' },
] as const;

/**
 * A duration as people say it, in its two largest units: "45 s", "1 min 30 s", "2 h 5 min",
 * "3 d 4 h"; under a second "< 1 s"; no value "—".
 */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1_000) return '< 1 s';
  const parts: string[] = [];
  let rest = Math.round(ms / 1_000) * 1_000;
  for (const { ms: size, unit } of UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || parts.length > 0) parts.push(`${n} ${unit}`);
    if (parts.length === 2) break;
  }
  // "1 min 0 s" says no more than "1 min".
  return parts.filter((p, i) => i === 0 || !p.startsWith('0 ')).join(' ');
}

/** A share (0–1) as a whole percentage, or "—" when there is nothing to share. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

export const MISSED_REASON_LABELS: Record<MissedReason, string> = {
  left_queue: 'Left the queue',
  offline_form: 'Got the offline form',
  nobody_online: 'Nobody online',
};

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A local date (YYYY-MM-DD) as "3 Nov"; the date is a calendar day, so it is read in UTC. */
export function shortDate(date: string): string {
  return dayFormat.format(Date.parse(`${date}T00:00:00Z`));
}

/** A local date as "Tue, 3 Nov 2026". */
export function longDate(date: string): string {
  return longDayFormat.format(Date.parse(`${date}T00:00:00Z`));
}

/** Weekday names of the heat map's rows, Monday first as the report counts them. */
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** An hour of the day as "09:00–10:00". */
export function hourSpan(hour: number): string {
  const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
  return `${hh(hour)}–${hh(hour + 1)}`;
}
