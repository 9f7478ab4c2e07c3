import { describe, expect, it } from 'vitest';
import { aggregate, ReportBuilder } from './aggregate';
import { chatFacts } from './chat-facts';
import type { ChatEvent } from './events';
import { spread } from './percentile';

const MIN = 60_000;
const KYIV = 'Europe/Kyiv';
let nextId = 0;

/** A chat's events from a start instant and offsets in minutes; `id`s are unique like the room's. */
function chat(
  chatId: string,
  startIso: string,
  steps: { kind: ChatEvent['kind']; after: number; [k: string]: unknown }[],
  opts: { language?: string; category?: string | null; test?: boolean } = {},
): ChatEvent[] {
  const start = Date.parse(startIso);
  const started = {
    id: `e${nextId++}`,
    chatId,
    at: start,
    kind: 'started',
    language: opts.language ?? 'en',
    category: opts.category ?? null,
    ...(opts.test ? { test: true } : {}),
  };
  return [
    started as ChatEvent,
    ...steps.map(({ after, ...rest }) => ({ id: `e${nextId++}`, chatId, at: start + after * MIN, ...rest }) as ChatEvent),
  ];
}

function answered(chatId: string, startIso: string, operatorId: string, times: { assign: number; reply: number; close: number }) {
  return chat(chatId, startIso, [
    { kind: 'assigned', after: times.assign, operatorId },
    { kind: 'first_reply', after: times.reply, operatorId },
    { kind: 'closed', after: times.close, by: 'operator', operatorId },
  ]);
}

describe('reports aggregation (F22)', () => {
  it('counts chats, misses by reason, response, wait, duration and ratings', () => {
    const events = [
      ...answered('a', '2026-06-01T09:00:00Z', 'ann', { assign: 0, reply: 1, close: 10 }),
      ...answered('b', '2026-06-01T10:00:00Z', 'ann', { assign: 2, reply: 3, close: 20 }),
      ...answered('c', '2026-06-01T11:00:00Z', 'bob', { assign: 5, reply: 9, close: 35 }),
      { id: 'r1', chatId: 'a', at: Date.parse('2026-06-01T09:11:00Z'), kind: 'rated', rating: 'good' },
      { id: 'r2', chatId: 'c', at: Date.parse('2026-06-01T11:40:00Z'), kind: 'rated', rating: 'bad' },
      ...chat('m1', '2026-06-01T12:00:00Z', [
        { kind: 'queued', after: 0 },
        { kind: 'missed', after: 3, reason: 'left_queue' },
        { kind: 'closed', after: 3, by: 'system', operatorId: null },
      ]),
      ...chat('m2', '2026-06-01T13:00:00Z', [
        { kind: 'missed', after: 0, reason: 'nobody_online' },
        { kind: 'closed', after: 0, by: 'system', operatorId: null },
      ]),
      { id: 'o1', chatId: 'off1', at: Date.parse('2026-06-01T14:00:00Z'), kind: 'offline_message' },
    ] satisfies ChatEvent[];

    const report = aggregate(events, { timeZone: 'UTC', from: '2026-06-01', to: '2026-06-01' });
    expect(report.total).toEqual({
      chats: 5,
      missed: 2,
      missedBy: { left_queue: 1, offline_form: 0, nobody_online: 1 },
      firstResponse: { count: 3, median: 3 * MIN, p90: 9 * MIN },
      wait: { count: 3, median: 2 * MIN, p90: 5 * MIN },
      duration: { count: 3, median: 18 * MIN, p90: 30 * MIN },
      ratings: { good: 1, bad: 1, goodShare: 0.5 },
      transfers: 0,
      offlineMessages: 1,
    });
    expect(report.days).toHaveLength(1);
    expect(report.days[0]).toMatchObject({ date: '2026-06-01', chats: 5, missed: 2, offlineMessages: 1 });
    expect(report.operators.map((o) => [o.operatorId, o.chats, o.ratings.goodShare])).toEqual([
      ['ann', 2, 1],
      ['bob', 1, 0],
    ]);
  });

  it('gives an operator their own figures only, the chats they held last', () => {
    const events = [
      ...chat('t', '2026-06-01T09:00:00Z', [
        { kind: 'assigned', after: 1, operatorId: 'ann' },
        { kind: 'first_reply', after: 2, operatorId: 'ann' },
        { kind: 'transferred', after: 4, fromOperatorId: 'ann', toOperatorId: 'bob' },
        { kind: 'assigned', after: 4, operatorId: 'bob' },
        { kind: 'closed', after: 9, by: 'visitor', operatorId: 'bob' },
      ]),
      ...answered('a', '2026-06-01T10:00:00Z', 'ann', { assign: 0, reply: 1, close: 2 }),
      { id: 'o1', chatId: 'off1', at: Date.parse('2026-06-01T14:00:00Z'), kind: 'offline_message' },
    ] satisfies ChatEvent[];
    const bob = aggregate(events, { timeZone: 'UTC', from: '2026-06-01', to: '2026-06-01', operatorId: 'bob' });
    expect(bob.total).toMatchObject({ chats: 1, transfers: 1, offlineMessages: 0 });
    expect(bob.total.wait).toEqual({ count: 1, median: MIN, p90: MIN });
    expect(bob.total.duration).toEqual({ count: 1, median: 8 * MIN, p90: 8 * MIN });
    expect(bob.operators.map((o) => o.operatorId)).toEqual(['bob']);
    const ann = aggregate(events, { timeZone: 'UTC', from: '2026-06-01', to: '2026-06-01', operatorId: 'ann' });
    expect(ann.total.chats).toBe(1);
  });

  it('counts a chat spanning midnight on the day it started, with its whole duration', () => {
    // Starts 23:50 on 1 June in Kyiv (UTC+3), ends 00:40 on 2 June.
    const events = answered('late', '2026-06-01T20:50:00Z', 'ann', { assign: 1, reply: 2, close: 50 });
    const report = aggregate(events, { timeZone: KYIV, from: '2026-06-01', to: '2026-06-02' });
    expect(report.days.map((d) => [d.date, d.chats])).toEqual([
      ['2026-06-01', 1],
      ['2026-06-02', 0],
    ]);
    expect(report.days[0]!.duration.median).toBe(49 * MIN);
    // Monday 23:00 in Kyiv.
    expect(report.hoursOfWeek[0]![23]).toBe(1);
    expect(aggregate(events, { timeZone: KYIV, from: '2026-06-02', to: '2026-06-02' }).total.chats).toBe(0);
    // In UTC the same chat is a Monday 20:00 chat.
    expect(aggregate(events, { timeZone: 'UTC', from: '2026-06-01', to: '2026-06-01' }).hoursOfWeek[0]![20]).toBe(1);
  });

  it('cuts Kyiv daylight-saving days at local midnight: 23 hours in March, 25 in October', () => {
    const at = (iso: string, id: string) => answered(id, iso, 'ann', { assign: 0, reply: 1, close: 5 });
    const events = [
      // 28 March 23:30 local (UTC+2) and 29 March 00:10 local.
      ...at('2026-03-28T21:30:00Z', 'before'),
      ...at('2026-03-28T22:10:00Z', 'spring-first'),
      // 29 March 23:30 local is already UTC+3: the last half hour of the 23-hour day.
      ...at('2026-03-29T20:30:00Z', 'spring-last'),
      // 30 March 00:05 local.
      ...at('2026-03-29T21:05:00Z', 'after'),
      // 25 October: 00:30 local (UTC+3), 03:30 twice (UTC+3, then UTC+2), 23:30 local (UTC+2).
      ...at('2026-10-24T21:30:00Z', 'autumn-first'),
      ...at('2026-10-25T00:30:00Z', 'autumn-3-30-summer'),
      ...at('2026-10-25T01:30:00Z', 'autumn-3-30-winter'),
      ...at('2026-10-25T21:30:00Z', 'autumn-last'),
      // 26 October 00:00 local exactly belongs to the next day.
      ...at('2026-10-25T22:00:00Z', 'next'),
    ];
    const spring = aggregate(events, { timeZone: KYIV, from: '2026-03-28', to: '2026-03-30' });
    expect(spring.days.map((d) => [d.date, d.chats])).toEqual([
      ['2026-03-28', 1],
      ['2026-03-29', 2],
      ['2026-03-30', 1],
    ]);
    const autumn = aggregate(events, { timeZone: KYIV, from: '2026-10-25', to: '2026-10-25' });
    expect(autumn.total.chats).toBe(4);
    // Sunday 03:00 happens twice: both chats land in the same hour of week.
    expect(autumn.hoursOfWeek[6]![3]).toBe(2);
    expect(autumn.hoursOfWeek[6]![0]).toBe(1);
    expect(autumn.hoursOfWeek[6]![23]).toBe(1);
    expect(aggregate(events, { timeZone: KYIV, from: '2026-10-26', to: '2026-10-26' }).total.chats).toBe(1);
  });

  it('splits by language and category, and lists every day of the range even when empty', () => {
    const events = [
      ...chat('uk1', '2026-06-02T09:00:00Z', [{ kind: 'missed', after: 0, reason: 'offline_form' }], { language: 'uk', category: 'sales' }),
      ...chat('en1', '2026-06-02T10:00:00Z', [{ kind: 'assigned', after: 0, operatorId: 'ann' }], { language: 'en', category: 'sales' }),
      ...chat('en2', '2026-06-02T11:00:00Z', [], { language: 'en' }),
      // Outside the range.
      ...chat('old', '2026-05-31T23:59:00Z', []),
    ];
    const report = aggregate(events, { timeZone: 'UTC', from: '2026-06-01', to: '2026-06-03' });
    expect(report.days.map((d) => d.chats)).toEqual([0, 3, 0]);
    expect(Object.fromEntries(report.languages.map((l) => [l.language, l.chats]))).toEqual({ uk: 1, en: 2 });
    expect(report.categories.map((c) => [c.category, c.chats, c.missed])).toEqual([
      ['sales', 2, 1],
      [null, 1, 0],
    ]);
    // An open chat has a wait but no duration yet.
    expect(report.total.wait.count).toBe(1);
    expect(report.total.duration.count).toBe(0);
    expect(report.total.ratings.goodShare).toBeNull();
  });

  it('ignores events of chats whose start it never saw, and keeps the last rating', () => {
    const events = [
      { id: 'x', chatId: 'ghost', at: Date.parse('2026-06-01T10:00:00Z'), kind: 'closed', by: 'visitor', operatorId: null },
      ...answered('a', '2026-06-01T09:00:00Z', 'ann', { assign: 0, reply: 1, close: 2 }),
      { id: 'r1', chatId: 'a', at: Date.parse('2026-06-01T09:03:00Z'), kind: 'rated', rating: 'bad' },
      { id: 'r2', chatId: 'a', at: Date.parse('2026-06-01T09:04:00Z'), kind: 'rated', rating: 'good' },
    ] satisfies ChatEvent[];
    const report = aggregate(events, { timeZone: 'UTC', from: '2026-06-01', to: '2026-06-01' });
    expect(report.total.chats).toBe(1);
    expect(report.total.ratings).toEqual({ good: 1, bad: 0, goodShare: 1 });
  });

  it("leaves out the console's test chats", () => {
    const events = [
      ...answered('a', '2026-06-01T09:00:00Z', 'ann', { assign: 0, reply: 1, close: 2 }),
      ...chat('t', '2026-06-01T10:00:00Z', [{ kind: 'assigned', after: 1, operatorId: 'ann' }], { test: true }),
    ];
    const report = aggregate(events, { timeZone: 'UTC', from: '2026-06-01', to: '2026-06-01' });
    expect(report.total).toMatchObject({ chats: 1, wait: { count: 1 } });
    expect(report.hoursOfWeek.flat().reduce((a, b) => a + b)).toBe(1);
  });

  it('keeps every chat when its columns grow, with percentiles over all of them', () => {
    // Ties in start time and duration too: the one sort per duration must keep every chat.
    const events: ChatEvent[] = [];
    for (let i = 0; i < 300; i++) {
      const start = `2026-06-0${1 + (i % 3)}T${String(i % 24).padStart(2, '0')}:00:00Z`;
      if (i % 7 === 0) events.push(...chat(`m${i}`, start, [{ kind: 'missed', after: 1, reason: 'left_queue' }], { language: 'uk' }));
      else events.push(...answered(`c${i}`, start, i % 2 ? 'ann' : 'bob', { assign: i % 5, reply: (i % 5) + (i % 11), close: 30 + i }));
    }
    const query = { timeZone: 'UTC', from: '2026-06-01', to: '2026-06-03' };
    const builder = new ReportBuilder(query, 1);
    const facts = chatFacts(events);
    for (const f of facts) builder.addChat(f);
    const report = builder.report();
    expect(report.total.chats).toBe(300);
    expect(report.total.firstResponse).toEqual(
      spread(facts.filter((f) => f.firstReplyAt !== null).map((f) => f.firstReplyAt! - f.startedAt)),
    );
    expect(report.days.map((d) => d.chats)).toEqual([100, 100, 100]);
    for (const op of report.operators)
      expect(op.duration).toEqual(spread(facts.filter((f) => f.operatorId === op.operatorId).map((f) => f.closedAt! - f.firstAssignedAt!)));
    expect(report.operators).toHaveLength(2);
  });

  it('takes a duration too long to pack (over 49 days) the slower way, with the same figures', () => {
    const long = 50 * 24 * 60;
    const events = [
      ...answered('a', '2026-06-01T09:00:00Z', 'ann', { assign: 0, reply: 1, close: long }),
      ...answered('b', '2026-06-01T10:00:00Z', 'bob', { assign: 2, reply: 3, close: 20 }),
      ...answered('c', '2026-06-01T11:00:00Z', 'ann', { assign: 5, reply: 9, close: 35 }),
    ];
    const report = aggregate(events, { timeZone: 'UTC', from: '2026-06-01', to: '2026-06-01' });
    expect(report.total.duration).toEqual({ count: 3, median: 30 * MIN, p90: long * MIN });
    expect(report.operators.map((o) => [o.operatorId, o.duration.median])).toEqual([
      ['ann', 30 * MIN],
      ['bob', 18 * MIN],
    ]);
  });
});
