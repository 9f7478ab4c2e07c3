/** Calendar maths in an IANA time zone with `Intl` alone (workerd and browsers ship full ICU). */

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

/** The wall clock of an instant in a time zone: its date, hour (0–23) and weekday (0 Monday … 6 Sunday). */
export interface LocalParts {
  date: LocalDate;
  hour: number;
  weekday: number;
}

/** Whether `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(at: number, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) out[p.type] = p.value;
  return out;
}

/** The local date, hour and weekday of an instant (epoch ms) in `timeZone`. */
export function localParts(at: number, timeZone: string): LocalParts {
  const p = parts(at, timeZone);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    hour: Number(p.hour),
    weekday: WEEKDAYS.indexOf(p.weekday as (typeof WEEKDAYS)[number]),
  };
}

/** The wall clock of an instant in `timeZone`, `YYYY-MM-DD HH:MM` (24-hour, any locale can read it). */
export function localClock(at: number, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** How far `timeZone`'s wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const p = parts(at, timeZone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The first instant of a local date in `timeZone` (its local midnight), as epoch ms. The offset is
 * read twice because the one at UTC midnight may differ from the one at local midnight.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const guess = utcMidnight - offsetAt(utcMidnight, timeZone);
  return utcMidnight - offsetAt(guess, timeZone);
}

/** `date` moved by `days` calendar days (no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every local date from `from` to `to`, both included. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The instants `[start, end)` that local dates `from` … `to` (inclusive) cover in `timeZone`. */
export function localRange(from: LocalDate, to: LocalDate, timeZone: string): { start: number; end: number } {
  return { start: startOfLocalDay(from, timeZone), end: startOfLocalDay(addDays(to, 1), timeZone) };
}

/** An instant's local date as whole days since 1970-01-01 (the wall clock's day number). */
export function dayNumber(date: LocalDate): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

const HOUR_MS = 3_600_000;

/** `LocalParts` with the date as its day number. */
export interface ZonedParts {
  day: number;
  hour: number;
  weekday: number;
}

/**
 * A fast `localParts` for instants in `[start, end)`: the zone's offset is read with `Intl` once
 * per day boundary (and a few more times around each daylight-saving change), then every instant
 * is plain arithmetic, so a report over a million chats makes no million `Intl` calls. Instants
 * outside the span still get an answer, with the nearest known offset. `day` is `dayNumber`.
 */
export function zonedClock(timeZone: string, start: number, end: number): (at: number) => ZonedParts {
  // Offsets from each change on, oldest first: [from instant, offset].
  const changes: [number, number][] = [[Number.NEGATIVE_INFINITY, offsetAt(start, timeZone)]];
  for (let t = start; t < end; ) {
    const next = Math.min(t + DAY_MS, end);
    const before = changes.at(-1)![1];
    if (offsetAt(next, timeZone) !== before) {
      // The change lies in (t, next]: find its first instant to the second.
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetAt(mid, timeZone) === before) lo = mid;
        else hi = mid;
      }
      changes.push([hi, offsetAt(hi, timeZone)]);
    }
    t = next;
  }
  return (at) => {
    let i = changes.length - 1;
    while (changes[i]![0] > at) i--;
    const wall = at + changes[i]![1];
    const day = Math.floor(wall / DAY_MS);
    return {
      day,
      hour: Math.floor((wall - day * DAY_MS) / HOUR_MS),
      // 1970-01-01 was a Thursday: weekday 3 with Monday as 0.
      weekday: (((day + 3) % 7) + 7) % 7,
    };
  };
}
