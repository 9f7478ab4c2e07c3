/**
 * Reports at scale (issue 16): one company with a year of chats (1 000 000 in the full run),
 * generated as lifecycle events and folded into D1's per-chat facts rows the way the room's flush
 * does (chatFacts), with operators, languages, categories, transfers, misses, ratings and test
 * chats. Times the JSON report over 7, 30 and 365 days and the 365-day CSV, with workerd's memory
 * sampled; and checks the figures: the 7-day report against `aggregate` over the very events,
 * the 365-day one against a ReportBuilder fed every chat here.
 */
import { isDeepStrictEqual } from 'node:util';
import { aggregate, type Report, ReportBuilder, type ReportQuery } from '../../common/reports/aggregate';
import { type ChatFacts, chatFacts } from '../../common/reports/chat-facts';
import type { ChatEvent, MissedReason } from '../../common/reports/events';
import { addDays, localParts, localRange } from '../../common/reports/zoned-time';
import { UPSERT_FACTS_SQL } from '../../durable-objects/room/facts-upsert';
import { rssKb } from '../lib/proc';
import { type Summary, summarize } from '../lib/stats';
import type { ParleyTarget } from '../targets/parley-target';

export interface ReportsOptions {
  chats: number;
  rounds: number;
}

export interface ReportsResult {
  chats: number;
  seedSeconds: number;
  days7: Summary;
  days30: Summary;
  days365: Summary;
  csv365: Summary;
  /** Chats in each range's report (test chats left out). */
  counted: { days7: number; days30: number; days365: number };
  baselineRssKb: number;
  peakRssKb: number;
}

const TIME_ZONE = 'Europe/Kyiv';
const MIN_MS = 60_000;
/** Facts rows per INSERT: one JSON parameter of a few MB. */
const ROWS_PER_INSERT = 20_000;
const LANGUAGES = ['en', 'en', 'en', 'uk', 'uk', 'de'];
const CATEGORIES = [null, 'bench-cat-sales', 'bench-cat-support', 'bench-cat-billing'];
const REASONS: MissedReason[] = ['left_queue', 'offline_form', 'nobody_online'];
/** worker/auth/session.ts's cookie (not imported: see parley-target.ts). */
const SESSION_COOKIE = 'parley_session';

/** mulberry32: the same chats on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated chat's events, as the room would record them. */
function chatEvents(i: number, startedAt: number, operators: readonly string[], r: () => number): ChatEvent[] {
  const chatId = `bench-chat-${i}`;
  let n = 0;
  const out: ChatEvent[] = [];
  const add = (e: Record<string, unknown>) => out.push({ id: `${chatId}-${n++}`, chatId, ...e } as ChatEvent);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  add({ kind: 'started', at: startedAt, language: pick(LANGUAGES), category: pick(CATEGORIES), ...(r() < 0.005 ? { test: true } : {}) });
  if (r() < 0.12) {
    const at = startedAt + Math.floor(r() * 5 * MIN_MS);
    add({ kind: 'missed', at, reason: pick(REASONS) });
    add({ kind: 'closed', at, by: 'system', operatorId: null });
    return out;
  }
  let operator = pick(operators);
  let at = startedAt + Math.floor(r() * 2 * MIN_MS);
  add({ kind: 'assigned', at, operatorId: operator });
  if (r() < 0.9) {
    at += 1000 + Math.floor(r() * 5 * MIN_MS);
    add({ kind: 'first_reply', at, operatorId: operator });
  }
  if (r() < 0.05) {
    const to = pick(operators.filter((o) => o !== operator));
    at += Math.floor(r() * 3 * MIN_MS);
    add({ kind: 'transferred', at, fromOperatorId: operator, toOperatorId: to });
    add({ kind: 'assigned', at, operatorId: to });
    operator = to;
  }
  at += MIN_MS + Math.floor(r() * 40 * MIN_MS);
  add({ kind: 'closed', at, by: r() < 0.5 ? 'visitor' : 'operator', operatorId: operator });
  if (r() < 0.3) add({ kind: 'rated', at: at + 5000, rating: r() < 0.8 ? 'good' : 'bad' });
  return out;
}

/** Reports with their slices in one order, for comparing two builds of the same figures. */
function normalized(report: Report): unknown {
  const by = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
  return JSON.parse(
    JSON.stringify({
      ...report,
      operators: by(report.operators, (o) => o.operatorId),
      languages: by(report.languages, (l) => l.language),
      categories: by(report.categories, (c) => String(c.category)),
    }),
  );
}

export async function measureReports(target: ParleyTarget, o: ReportsOptions): Promise<ReportsResult> {
  const { runtime, company } = target;
  const db = await runtime.mf.getD1Database('DB');
  await db.prepare('UPDATE companies SET time_zone = ?1 WHERE id = ?2').bind(TIME_ZONE, company.id).run();
  const now = Date.now();
  const today = localParts(now, TIME_ZONE).date;
  const query = (days: number): ReportQuery => ({ timeZone: TIME_ZONE, from: addDays(today, 1 - days), to: today });
  const year = localRange(query(365).from, today, TIME_ZONE);
  const week = localRange(query(7).from, today, TIME_ZONE);
  const operators = company.operators.map((u) => u.id);

  // Seeding: every chat's events folded into facts; the last week's events kept for the check.
  const seedStarted = performance.now();
  const r = random(16);
  const yearBuilder = new ReportBuilder(query(365), o.chats);
  const weekEvents: ChatEvent[] = [];
  let batch: ChatFacts[] = [];
  const flush = async () => {
    await db.prepare(UPSERT_FACTS_SQL).bind(company.id, JSON.stringify(batch)).run();
    batch = [];
  };
  // Chats start in time order, as rooms create them (and D1 stores them), a random gap apart.
  const gap = (now - year.start) / o.chats;
  let clock = year.start;
  for (let i = 0; i < o.chats; i++) {
    clock += r() * 2 * gap;
    const startedAt = Math.min(Math.floor(clock), now - 1);
    const events = chatEvents(i, startedAt, operators, r);
    const [facts] = chatFacts(events);
    yearBuilder.addChat(facts!);
    if (startedAt >= week.start) weekEvents.push(...events);
    batch.push(facts!);
    if (batch.length === ROWS_PER_INSERT) await flush();
  }
  if (batch.length > 0) await flush();
  const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;

  const headers = { origin: runtime.url, cookie: `${SESSION_COOKIE}=${company.owner.token}` };
  const get = async (days: number, csv = false) => {
    const q = query(days);
    const started = performance.now();
    const res = await fetch(`${runtime.url}/api/companies/${company.id}/reports${csv ? '.csv' : ''}?from=${q.from}&to=${q.to}`, {
      headers,
    });
    const body = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`reports (${days} days${csv ? ', CSV' : ''}) answered ${res.status}: ${body.slice(0, 200)}`);
    return { ms, body };
  };

  // The figures first (also the warm-up): the facts add up to exactly what the events say.
  const weekReport = (JSON.parse((await get(7)).body) as { report: Report }).report;
  if (!isDeepStrictEqual(normalized(weekReport), normalized(aggregate(weekEvents, query(7)))))
    throw new Error('the 7-day report differs from the aggregation of its events');
  const yearReport = (JSON.parse((await get(365)).body) as { report: Report }).report;
  if (!isDeepStrictEqual(normalized(yearReport), normalized(yearBuilder.report())))
    throw new Error('the 365-day report differs from the generated chats');
  const monthReport = (JSON.parse((await get(30)).body) as { report: Report }).report;
  await get(365, true);

  const baselineRssKb = rssKb(runtime.pid) ?? Number.NaN;
  let peakRssKb = baselineRssKb;
  const sampler = setInterval(() => (peakRssKb = Math.max(peakRssKb, rssKb(runtime.pid) ?? 0)), 20);
  const samples = { days7: [] as number[], days30: [] as number[], days365: [] as number[], csv365: [] as number[] };
  try {
    for (let round = 0; round < o.rounds; round++) {
      samples.days7.push((await get(7)).ms);
      samples.days30.push((await get(30)).ms);
      samples.days365.push((await get(365)).ms);
      samples.csv365.push((await get(365, true)).ms);
    }
  } finally {
    clearInterval(sampler);
  }
  return {
    chats: o.chats,
    seedSeconds,
    days7: summarize(samples.days7),
    days30: summarize(samples.days30),
    days365: summarize(samples.days365),
    csv365: summarize(samples.csv365),
    counted: { days7: weekReport.total.chats, days30: monthReport.total.chats, days365: yearReport.total.chats },
    baselineRssKb,
    peakRssKb,
  };
}
