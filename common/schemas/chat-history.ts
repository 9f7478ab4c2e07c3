import * as v from 'valibot';
import { RATINGS } from '../protocol/rating';

const DAY_MS = 86_400_000;
const DATE_HINT = 'Use a date (YYYY-MM-DD) or epoch milliseconds.';
const CURSOR_HINT = 'This cursor is not valid; start from the first page.';

/** `YYYY-MM-DD` → that UTC day's first millisecond, digits → epoch ms, anything else → null. */
function parseInstant(raw: string): number | null {
  if (/^\d{1,15}$/.test(raw)) return Number(raw);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2025-02-30 over to March: a real day formats back to itself.
  return new Date(ms).toISOString().slice(0, 10) === raw ? ms : null;
}

/** A position in the history: the last row's start time and id. Opaque to clients. */
export interface HistoryCursor {
  createdAt: number;
  id: string;
}

export function encodeHistoryCursor(c: HistoryCursor): string {
  return btoa(JSON.stringify([c.createdAt, c.id]));
}

/** The cursor's position, or null when it isn't one this server issued. */
export function decodeHistoryCursor(cursor: string): HistoryCursor | null {
  try {
    const [createdAt, id] = JSON.parse(atob(cursor)) as unknown[];
    return typeof createdAt === 'number' && typeof id === 'string' ? { createdAt, id } : null;
  } catch {
    return null;
  }
}

const instant = (endOfDay: boolean) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || parseInstant(s) !== null, DATE_HINT),
      // An empty parameter means "no bound"; a bare date as `to` includes that whole day.
      v.transform((s) => (s === '' ? null : parseInstant(s)! + (endOfDay && !/^\d+$/.test(s) ? DAY_MS - 1 : 0))),
    ),
    '',
  );

/**
 * GET …/chats query (F11): `q` text in any message, `visitor` part of the visitor's display id, `from`/`to`
 * bounds on the chat's start (inclusive; a bare `to` date means the end of that UTC day),
 * `status`, `rating` (good or bad), and the `cursor` of the next page. Empty parameters are ignored.
 */
export const HistoryQuerySchema = v.pipe(
  v.object({
    q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200)), ''),
    visitor: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(64)), ''),
    from: instant(false),
    to: instant(true),
    status: v.optional(v.picklist(['', 'queued', 'active', 'closed'], 'Use queued, active or closed.'), ''),
    rating: v.optional(v.picklist(['', ...RATINGS], 'Use good or bad.'), ''),
    cursor: v.optional(
      v.pipe(
        v.string(),
        v.maxLength(200),
        v.check((s) => s === '' || decodeHistoryCursor(s) !== null, CURSOR_HINT),
      ),
      '',
    ),
  }),
  v.forward(
    v.partialCheck([['from'], ['to']], (x) => x.from === null || x.to === null || x.from <= x.to, 'The end is before the start.'),
    ['to'],
  ),
);

/** The history filters as the company room applies them; null or empty means "no filter". */
export type HistoryFilters = v.InferOutput<typeof HistoryQuerySchema>;

/** The same filters as the query string the console sends. */
export type HistoryQuery = v.InferInput<typeof HistoryQuerySchema>;
