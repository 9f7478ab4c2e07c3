import { type ChatFacts, chatFacts } from './chat-facts';
import { type ChatEvent, MISSED_REASONS, type MissedReason } from './events';
import { type Spread, spread } from './percentile';
import { datesBetween, type LocalDate, localParts } from './zoned-time';

/** The figures of one slice of the company's chats (F22); durations in ms. */
export interface Figures {
  /** Chats the visitors started, missed ones included. */
  chats: number;
  missed: number;
  missedBy: Record<MissedReason, number>;
  /** From the visitor's first message to the first operator reply. */
  firstResponse: Spread;
  /** From the visitor's first message to the first operator taking the chat. */
  wait: Spread;
  /** From the first operator taking the chat to its close. */
  duration: Spread;
  ratings: { good: number; bad: number; goodShare: number | null };
  transfers: number;
  /** Offline form messages (company-wide: not split by operator, language or category). */
  offlineMessages: number;
}

export interface ReportQuery {
  /** The company's IANA time zone: days start at its local midnight. */
  timeZone: string;
  /** First and last local date, both included. */
  from: LocalDate;
  to: LocalDate;
  /** Only the chats this operator held last (an operator's own figures). */
  operatorId?: string | null;
}

export interface Report {
  timeZone: string;
  from: LocalDate;
  to: LocalDate;
  operatorId: string | null;
  total: Figures;
  /** Every local date of the range, empty days included. */
  days: (Figures & { date: LocalDate })[];
  /** Chats started per local weekday (0 Monday … 6 Sunday) and hour (0–23). */
  hoursOfWeek: number[][];
  operators: (Figures & { operatorId: string })[];
  languages: (Figures & { language: string })[];
  categories: (Figures & { category: string | null })[];
}

/**
 * The F22 report over a company's chat lifecycle events: a chat belongs to the local date (and
 * hour of week) its visitor started it, in the company's time zone, whatever time it ended.
 */
export function aggregate(events: readonly ChatEvent[], query: ReportQuery): Report {
  const { timeZone, from, to } = query;
  const operatorId = query.operatorId ?? null;
  const inRange = (at: number) => {
    const p = localParts(at, timeZone);
    return p.date >= from && p.date <= to ? p : null;
  };

  const total: Slice = newSlice();
  const days = new Map(datesBetween(from, to).map((d) => [d, newSlice()]));
  const hoursOfWeek = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const operators = new Map<string, Slice>();
  const languages = new Map<string, Slice>();
  const categories = new Map<string | null, Slice>();

  for (const chat of chatFacts(events)) {
    if (operatorId !== null && chat.operatorId !== operatorId) continue;
    const p = inRange(chat.startedAt);
    if (!p) continue;
    total.chats.push(chat);
    days.get(p.date)!.chats.push(chat);
    hoursOfWeek[p.weekday]![p.hour]! += 1;
    if (chat.operatorId !== null) sliceOf(operators, chat.operatorId).chats.push(chat);
    sliceOf(languages, chat.language).chats.push(chat);
    sliceOf(categories, chat.category).chats.push(chat);
  }
  if (operatorId === null) {
    for (const e of events) {
      if (e.kind !== 'offline_message') continue;
      const p = inRange(e.at);
      if (!p) continue;
      total.offlineMessages += 1;
      days.get(p.date)!.offlineMessages += 1;
    }
  }

  return {
    timeZone,
    from,
    to,
    operatorId,
    total: figures(total),
    days: [...days].map(([date, s]) => ({ date, ...figures(s) })),
    hoursOfWeek,
    operators: [...operators].map(([id, s]) => ({ operatorId: id, ...figures(s) })),
    languages: [...languages].map(([language, s]) => ({ language, ...figures(s) })),
    categories: [...categories].map(([category, s]) => ({ category, ...figures(s) })),
  };
}

interface Slice {
  chats: ChatFacts[];
  offlineMessages: number;
}

function newSlice(): Slice {
  return { chats: [], offlineMessages: 0 };
}

function sliceOf<K>(map: Map<K, Slice>, key: K): Slice {
  const found = map.get(key);
  if (found) return found;
  const s = newSlice();
  map.set(key, s);
  return s;
}

function figures({ chats, offlineMessages }: Slice): Figures {
  const missedBy = Object.fromEntries(MISSED_REASONS.map((r) => [r, 0])) as Record<MissedReason, number>;
  const firstResponse: number[] = [];
  const wait: number[] = [];
  const duration: number[] = [];
  let good = 0;
  let bad = 0;
  let transfers = 0;
  for (const c of chats) {
    if (c.missed) missedBy[c.missed] += 1;
    if (c.firstReplyAt !== null) firstResponse.push(c.firstReplyAt - c.startedAt);
    if (c.firstAssignedAt !== null) wait.push(c.firstAssignedAt - c.startedAt);
    if (c.firstAssignedAt !== null && c.closedAt !== null) duration.push(c.closedAt - c.firstAssignedAt);
    if (c.rating === 'good') good += 1;
    if (c.rating === 'bad') bad += 1;
    transfers += c.transfers;
  }
  const missed = MISSED_REASONS.reduce((n, r) => n + missedBy[r], 0);
  return {
    chats: chats.length,
    missed,
    missedBy,
    firstResponse: spread(firstResponse),
    wait: spread(wait),
    duration: spread(duration),
    ratings: { good, bad, goodShare: good + bad === 0 ? null : good / (good + bad) },
    transfers,
    offlineMessages,
  };
}
