/** Human-readable lines for one suite's figures (the JSON file holds everything). */
import { ok, type SuiteResult } from './report';
import type { Summary } from './stats';

const fmt = (s: Summary) => `p50 ${s.p50} ms, p99 ${s.p99} ms (n=${s.count})`;

function line<T>(label: string, x: T | { error: string } | undefined, text: (v: T) => string): void {
  const value = ok(x);
  const shown = value ? text(value as T) : x && typeof x === 'object' && 'error' in x ? `FAILED — ${x.error}` : 'not run';
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
  if (r.configPush) {
    line('config change → tabs', r.configPush, (c) => `${fmt(c.push)}, ${c.sockets} sockets × ${c.changes} changes, lost ${c.lost}`);
  }
  line(
    'throughput',
    r.throughput,
    (t) =>
      `${t.messagesPerSecond} stored msg/s (${t.stored}/${t.sent} in ${t.seconds} s${t.timedOut ? ', TIMED OUT' : ''}; blocks ${t.blockRates.join('/')})`,
  );
  line('idle sockets', r.idle, (i) => {
    const levels = i.levels.map((l) => `${l.sockets}: ${l.rssKb} KB (${l.kbPerSocket} KB/socket)`).join('; ');
    const samples = i.errorSamples.length ? ` (${i.errorSamples.join(' | ')})` : '';
    return `baseline ${i.baselineRssKb} KB; ${levels}; errors ${i.errors}${samples}`;
  });
}
