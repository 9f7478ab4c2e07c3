/** Human-readable lines for one suite's figures (the JSON file holds everything). */
import { ok, type SuiteResult } from './report';
import type { Summary } from './stats';

const fmt = (s: Summary) => `p50 ${s.p50} ms, p99 ${s.p99} ms (n=${s.count})`;

/** One figure's line; nothing for a scenario that did not run. */
function line<T>(label: string, x: T | { error: string } | undefined, text: (v: T) => string): void {
  if (x === undefined) return;
  const value = ok(x);
  const shown = value ? text(value as T) : `FAILED — ${(x as { error: string }).error}`;
  console.log(`  ${label}: ${shown}`);
}

export function printSuite(title: string, r: SuiteResult): void {
  console.log(`${title}:`);
  if (r.error) {
    console.log(`  not measured: ${r.error}`);
    return;
  }
  line('chat start → operator', r.chatStart, (c) => `${fmt(c.start)}, ${c.chats} chats`);
  line('visitor → operator', r.latency, (l) => `${fmt(l.visitorToOperator)}, ${l.chats} chats, lost ${l.lost}`);
  line('operator → visitor', r.latency, (l) => `${fmt(l.operatorToVisitor)}; p99 by round ${l.roundP99.join('/')} ms`);
  line('config change → tabs', r.configPush, (c) => `${fmt(c.push)}, ${c.sockets} sockets × ${c.changes} changes, lost ${c.lost}`);
  line(
    'throughput',
    r.throughput,
    (t) =>
      `${t.messagesPerSecond} stored msg/s (${t.stored}/${t.sent} in ${t.seconds} s${t.timedOut ? ', TIMED OUT' : ''}; blocks ${t.blockRates.join('/')})`,
  );
  line('widget start, longest task', r.widgetPage, (w) => `max ${w.longestTask.max} ms, p50 ${w.longestTask.p50} ms over ${w.loads} loads`);
  line('operator online → launcher shown', r.widgetPage, (w) => fmt(w.shown));
  line('fast response edit → open picker', r.widgetPage, (w) => fmt(w.fastResponse));
  line('idle sockets', r.idle, (i) => {
    const levels = i.levels.map((l) => `${l.sockets}: ${l.rssKb} KB (${l.kbPerSocket} KB/socket)`).join('; ');
    const samples = i.errorSamples.length ? ` (${i.errorSamples.join(' | ')})` : '';
    return `baseline ${i.baselineRssKb} KB; ${levels}; errors ${i.errors}${samples}`;
  });
}
