/**
 * When a message arrived, compact for the list: the time for today's messages, the day for this
 * year's, the full date for older ones.
 */
export function shortReceived(iso: string, now: Date = new Date(), locale?: string, timeZone?: string): string {
  const when = new Date(iso);
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const year = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(d);
  if (day(when) === day(now)) return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(when);
  if (year(when) === year(now)) return new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' }).format(when);
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' }).format(when);
}

/** The full date and time, for the open message. */
export function fullReceived(iso: string, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
