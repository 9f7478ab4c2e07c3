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
 * not an object; at the end each duration is sorted once for the percentiles of every slice. `expectedChats`
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
    count(this.total, chat);
    count(this.days[day]!, chat);
    count(this.languages.counts[language]!, chat);
    count(this.categories.counts[category]!, chat);
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
    const ordered = Object.fromEntries(SPREADS.map((s) => [s, byValue(this.values[s], this.n)])) as Record<
      SpreadName,
      ReturnType<typeof byValue>
    >;
    const spreadsOf = (key: Int32Array | null, slices: number) =>
      Object.fromEntries(SPREADS.map((s) => [s, spreadsBy(key, slices, ordered[s])])) as Record<SpreadName, Spread[]>;
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

/** Chat numbers a packed sort key holds below the value: 2^21, two million chats. */
const INDEX_BITS = 2 ** 21;
/** Values (ms) a packed key holds exactly above the index: 2^32 ms, 49 days. */
const VALUE_LIMIT = 2 ** 32;

/**
 * The chats that have a value (not NaN), ordered by it, with the values in that order. One sort
 * serves every slice: grouping this order by slice keeps each group sorted. Each value and chat
 * number are packed into one double so the sort is the typed array's own; a value it can't pack
 * (a negative or 49-day duration) falls back to sorting chat numbers by comparison.
 */
function byValue(values: Float64Array, n: number): { order: Int32Array; sorted: Float64Array } {
  let count = 0;
  let packable = n < INDEX_BITS;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    count += 1;
    if (v < 0 || v >= VALUE_LIMIT || !Number.isInteger(v)) packable = false;
  }
  const order = new Int32Array(count);
  const sorted = new Float64Array(count);
  if (packable) {
    const keys = new Float64Array(count);
    let k = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) keys[k++] = values[i]! * INDEX_BITS + i;
    keys.sort();
    for (let j = 0; j < count; j++) {
      const i = keys[j]! % INDEX_BITS;
      order[j] = i;
      sorted[j] = (keys[j]! - i) / INDEX_BITS;
    }
    return { order, sorted };
  }
  let k = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) order[k++] = i;
  order.sort((a, b) => values[a]! - values[b]!);
  for (let j = 0; j < count; j++) sorted[j] = values[order[j]!]!;
  return { order, sorted };
}

/**
 * The spread of each slice's values, slices by `key` (null: all one slice; a negative key belongs
 * to none), from the values in sorted order: a stable grouping keeps each group sorted.
 */
function spreadsBy(key: Int32Array | null, slices: number, { order, sorted }: ReturnType<typeof byValue>): Spread[] {
  if (key === null) return [spreadOfSorted(sorted)];
  const starts = new Int32Array(slices + 1);
  for (let j = 0; j < order.length; j++) {
    const s = key[order[j]!]!;
    if (s >= 0) starts[s + 1]! += 1;
  }
  for (let s = 0; s < slices; s++) starts[s + 1]! += starts[s]!;
  const grouped = new Float64Array(starts[slices]!);
  const fill = starts.slice(0, slices);
  for (let j = 0; j < order.length; j++) {
    const s = key[order[j]!]!;
    if (s >= 0) grouped[fill[s]!++] = sorted[j]!;
  }
  return Array.from({ length: slices }, (_, s) => spreadOfSorted(grouped.subarray(starts[s]!, starts[s + 1]!)));
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
