import { type ChatFacts, chatFacts } from './chat-facts';
import { type ChatEvent, MISSED_REASONS, type MissedReason } from './events';
import { type Spread, spreadOfSorted } from './percentile';
import { addDays, dayNumber, type LocalDate, localRange, zonedClock } from './zoned-time';

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
  const builder = new ReportBuilder(query);
  for (const chat of chatFacts(events)) builder.addChat(chat);
  for (const e of events) if (e.kind === 'offline_message') builder.addOffline(e.at);
  return builder.report();
}

const SPREADS = ['firstResponse', 'wait', 'duration'] as const;
type SpreadName = (typeof SPREADS)[number];

/** The counted figures of one slice; its spreads are computed at the end from the chat columns. */
interface Counts {
  chats: number;
  missedBy: Record<MissedReason, number>;
  good: number;
  bad: number;
  transfers: number;
  offlineMessages: number;
}

function newCounts(): Counts {
  const missedBy = Object.fromEntries(MISSED_REASONS.map((r) => [r, 0])) as Record<MissedReason, number>;
  return { chats: 0, missedBy, good: 0, bad: 0, transfers: 0, offlineMessages: 0 };
}

/** Slices keyed by operator, language or category, numbered in the order first seen. */
class Keyed<K> {
  readonly index = new Map<K, number>();
  readonly counts: Counts[] = [];

  of(key: K): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.counts.length;
      this.index.set(key, i);
      this.counts.push(newCounts());
    }
    return i;
  }
}

/**
 * Builds the report one chat at a time, so a year of a busy company's chats (a million) fits a
 * Worker: each chat leaves its slice numbers and three durations in typed columns (about 40 bytes),
 * not an object; the percentiles sort each slice's durations once at the end. `expectedChats`
 * sizes the columns up front (they grow when it was too small).
 */
export class ReportBuilder {
  private readonly timeZone: string;
  private readonly from: LocalDate;
  private readonly to: LocalDate;
  private readonly operatorId: string | null;
  private readonly clock: ReturnType<typeof zonedClock>;
  private readonly firstDay: number;
  private readonly total = newCounts();
  private readonly days: Counts[];
  private readonly hoursOfWeek = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  private readonly operators = new Keyed<string>();
  private readonly languages = new Keyed<string>();
  private readonly categories = new Keyed<string | null>();
  private n = 0;
  private keys: Record<'day' | 'operator' | 'language' | 'category', Int32Array>;
  private values: Record<SpreadName, Float64Array>;

  constructor(query: ReportQuery, expectedChats = 64) {
    this.timeZone = query.timeZone;
    this.from = query.from;
    this.to = query.to;
    this.operatorId = query.operatorId ?? null;
    const { start, end } = localRange(query.from, query.to, query.timeZone);
    this.clock = zonedClock(query.timeZone, start, end);
    this.firstDay = dayNumber(query.from);
    this.days = Array.from({ length: dayNumber(query.to) - this.firstDay + 1 }, newCounts);
    const size = Math.max(1, expectedChats);
    this.keys = {
      day: new Int32Array(size),
      operator: new Int32Array(size),
      language: new Int32Array(size),
      category: new Int32Array(size),
    };
    this.values = { firstResponse: new Float64Array(size), wait: new Float64Array(size), duration: new Float64Array(size) };
  }

  /** Counts a chat if it started in the range, belongs to the operator asked for, and is no test. */
  addChat(chat: ChatFacts): void {
    if (chat.test) return;
    if (this.operatorId !== null && chat.operatorId !== this.operatorId) return;
    const p = this.clock(chat.startedAt);
    const day = p.day - this.firstDay;
    if (day < 0 || day >= this.days.length) return;
    if (this.n === this.keys.day.length) this.grow();
    const i = this.n++;
    const operator = chat.operatorId === null ? -1 : this.operators.of(chat.operatorId);
    const language = this.languages.of(chat.language);
    const category = this.categories.of(chat.category);
    this.keys.day[i] = day;
    this.keys.operator[i] = operator;
    this.keys.language[i] = language;
    this.keys.category[i] = category;
    this.values.firstResponse[i] = chat.firstReplyAt === null ? Number.NaN : chat.firstReplyAt - chat.startedAt;
    this.values.wait[i] = chat.firstAssignedAt === null ? Number.NaN : chat.firstAssignedAt - chat.startedAt;
    this.values.duration[i] = chat.firstAssignedAt === null || chat.closedAt === null ? Number.NaN : chat.closedAt - chat.firstAssignedAt;
    this.hoursOfWeek[p.weekday]![p.hour]! += 1;
    for (const c of [this.total, this.days[day]!, this.languages.counts[language]!, this.categories.counts[category]!]) count(c, chat);
    if (operator >= 0) count(this.operators.counts[operator]!, chat);
  }

  /** Counts an offline form message (company-wide: never in one operator's figures). */
  addOffline(at: number): void {
    if (this.operatorId !== null) return;
    const day = this.clock(at).day - this.firstDay;
    if (day < 0 || day >= this.days.length) return;
    this.total.offlineMessages += 1;
    this.days[day]!.offlineMessages += 1;
  }

  report(): Report {
    const spreadsOf = (key: Int32Array | null, slices: number) =>
      Object.fromEntries(SPREADS.map((s) => [s, spreadsBy(key, slices, this.values[s], this.n)])) as Record<SpreadName, Spread[]>;
    const figuresOf = (key: Int32Array | null, counts: Counts[]) => {
      const spreads = spreadsOf(key, counts.length);
      return counts.map((c, i) => figures(c, spreads.firstResponse[i]!, spreads.wait[i]!, spreads.duration[i]!));
    };
    const days = figuresOf(this.keys.day, this.days);
    const operators = figuresOf(this.keys.operator, this.operators.counts);
    const languages = figuresOf(this.keys.language, this.languages.counts);
    const categories = figuresOf(this.keys.category, this.categories.counts);
    return {
      timeZone: this.timeZone,
      from: this.from,
      to: this.to,
      operatorId: this.operatorId,
      total: figuresOf(null, [this.total])[0]!,
      days: days.map((f, i) => ({ date: addDays(this.from, i), ...f })),
      hoursOfWeek: this.hoursOfWeek,
      operators: [...this.operators.index.keys()].map((operatorId, i) => ({ operatorId, ...operators[i]! })),
      languages: [...this.languages.index.keys()].map((language, i) => ({ language, ...languages[i]! })),
      categories: [...this.categories.index.keys()].map((category, i) => ({ category, ...categories[i]! })),
    };
  }

  private grow(): void {
    const size = this.keys.day.length * 2;
    const bigger = <A extends Int32Array | Float64Array>(a: A, make: new (n: number) => A): A => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    for (const k of ['day', 'operator', 'language', 'category'] as const) this.keys[k] = bigger(this.keys[k], Int32Array);
    for (const s of SPREADS) this.values[s] = bigger(this.values[s], Float64Array);
  }
}

function count(c: Counts, chat: ChatFacts): void {
  c.chats += 1;
  if (chat.missed) c.missedBy[chat.missed] += 1;
  if (chat.rating === 'good') c.good += 1;
  if (chat.rating === 'bad') c.bad += 1;
  c.transfers += chat.transfers;
}

/**
 * The spread of each slice's values (NaN: none), slices by `key` (null: all one slice; a negative
 * key belongs to none): the values are grouped by slice in one array, then each group sorted.
 */
function spreadsBy(key: Int32Array | null, slices: number, values: Float64Array, n: number): Spread[] {
  const sliceOf = (i: number) => (key === null ? 0 : key[i]!);
  const starts = new Int32Array(slices + 1);
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]) && sliceOf(i) >= 0) starts[sliceOf(i) + 1]! += 1;
  for (let s = 0; s < slices; s++) starts[s + 1]! += starts[s]!;
  const grouped = new Float64Array(starts[slices]!);
  const fill = starts.slice(0, slices);
  for (let i = 0; i < n; i++) {
    const s = sliceOf(i);
    if (!Number.isNaN(values[i]) && s >= 0) grouped[fill[s]!++] = values[i]!;
  }
  return Array.from({ length: slices }, (_, s) => spreadOfSorted(grouped.subarray(starts[s]!, starts[s + 1]!).sort()));
}

function figures(c: Counts, firstResponse: Spread, wait: Spread, duration: Spread): Figures {
  const missed = MISSED_REASONS.reduce((n, r) => n + c.missedBy[r], 0);
  return {
    chats: c.chats,
    missed,
    missedBy: c.missedBy,
    firstResponse,
    wait,
    duration,
    ratings: { good: c.good, bad: c.bad, goodShare: c.good + c.bad === 0 ? null : c.good / (c.good + c.bad) },
    transfers: c.transfers,
    offlineMessages: c.offlineMessages,
  };
}
