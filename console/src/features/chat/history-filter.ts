import { normalize } from './fast-response-match';
import { visitorLabel } from './inbox';

/** The fields of a history row the filters look at. */
export interface FilterableChat {
  status: string;
  startedAt: number;
  visitor: { visitorId: string };
}

export interface HistoryFilters {
  /** Part of the visitor's id or label ("Visitor 3C4D"). */
  visitor: string;
  /** Local calendar days, `YYYY-MM-DD`, inclusive; empty means open-ended. */
  from: string;
  to: string;
  closedOnly: boolean;
}

export const NO_FILTERS: HistoryFilters = { visitor: '', from: '', to: '', closedOnly: true };

function dayStart(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : null;
}

/**
 * The history rows matching the visitor and date filters (the text search runs on the server).
 * A `to` day includes the whole day.
 */
export function filterHistory<T extends FilterableChat>(chats: readonly T[], f: HistoryFilters): T[] {
  const who = normalize(f.visitor.trim());
  const from = dayStart(f.from);
  const toStart = dayStart(f.to);
  const to = toStart === null ? null : new Date(toStart).setDate(new Date(toStart).getDate() + 1);
  return chats.filter(
    (c) =>
      (!f.closedOnly || c.status === 'closed') &&
      (from === null || c.startedAt >= from) &&
      (to === null || c.startedAt < to) &&
      (!who || normalize(c.visitor.visitorId).includes(who) || normalize(visitorLabel(c.visitor.visitorId)).includes(who)),
  );
}
