import type { Rating } from '../../../../common/protocol';
import type { HistoryQuery } from '../../../../common/schemas/chat-history';

/** The history page's search form, as typed; also what its URL keeps. */
export interface HistoryForm {
  /** Text in any message or note. */
  q: string;
  /** Part of the visitor's id, or their label ("Visitor 3C4D"). */
  visitor: string;
  /** Local calendar days, `YYYY-MM-DD`, inclusive; empty means open-ended. */
  from: string;
  to: string;
  closedOnly: boolean;
  /** Only chats the visitor rated so (F21); empty for any. */
  rating: '' | Rating;
}

export const EMPTY_FORM: HistoryForm = { q: '', visitor: '', from: '', to: '', closedOnly: true, rating: '' };

/** The first millisecond of a local calendar day, or null for anything else. */
function localDayStart(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : null;
}

/**
 * The GET …/chats query for the form; the server does all the filtering. Days are the operator's
 * local days, sent as epoch ms (`to` up to that day's last millisecond), and a label such as
 * "Visitor 3C4D" searches for its id part.
 */
export function historyQuery(form: HistoryForm, cursor = ''): HistoryQuery {
  const from = localDayStart(form.from);
  const toStart = localDayStart(form.to);
  const to = toStart === null ? null : new Date(toStart).setDate(new Date(toStart).getDate() + 1) - 1;
  return {
    q: form.q.trim(),
    visitor: form.visitor.trim().replace(/^visitor\s+/i, ''),
    from: from === null ? '' : String(from),
    to: to === null ? '' : String(to),
    status: form.closedOnly ? 'closed' : '',
    rating: form.rating,
    cursor,
  };
}

const FIELD_LABELS: Record<string, string> = {
  q: 'Text in messages',
  visitor: 'Visitor',
  from: 'From',
  to: 'To',
  rating: 'Rating',
  cursor: 'Load more',
};

/** What to show when the server refused a search: each bad field with its reason. */
export function searchErrorText(err: { message: string; fields?: Record<string, string> }): string {
  const fields = Object.entries(err.fields ?? {});
  if (fields.length === 0) return err.message;
  return fields.map(([name, reason]) => `${FIELD_LABELS[name] ?? name}: ${reason}`).join(' ');
}
