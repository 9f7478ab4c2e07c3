/** Human-readable lines for one suite's figures (the JSON file holds everything). */

import type { FanoutLevel } from '../scenarios/fanout';
import { formatCounts, total } from './hostile-tally';
import { floodRatios, ok, type SuiteResult } from './report';
import { ratio, type Summary } from './stats';

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
  line(
    'reports',
    r.reports,
    (x) =>
      `${x.chats} chats (seeded in ${x.seedSeconds} s): 7 days ${fmt(x.days7)}; 30 days ${fmt(x.days30)}; 365 days ${fmt(x.days365)}; 365-day CSV ${fmt(x.csv365)}; counted ${x.counted.days7}/${x.counted.days30}/${x.counted.days365}; workerd RSS ${Math.round(x.baselineRssKb / 1024)} → peak ${Math.round(x.peakRssKb / 1024)} MB`,
  );
  line('help search, 1 000 articles', r.helpSearch, (h) => `${fmt(h.latency)}, ${h.queries} queries on ${h.articles} articles`);
  line(
    'upload, visitor file end to end',
    r.upload,
    (u) =>
      `${(u.bytes / 1048576).toFixed(0)} MB × ${u.rounds}: upload ${fmt(u.upload)}; upload → downloaded by the operator ${fmt(u.endToEnd)}; workerd RSS peak ${Math.round(u.peakRssKb / 1024)} MB, ${Math.round(u.peakOverBaselineKb / 1024)} MB over ${Math.round(u.baselineRssKb / 1024)} MB`,
  );
  line(
    'lighthouse, help pages',
    r.helpLighthouse,
    (h) =>
      `Lighthouse ${h.settings.lighthouse}, ${h.settings.formFactor}, ${h.settings.throttlingMethod} throttling${h.pages
        .map((p) => {
          const runs = p.runs.map((x) => `${x.performance}/${x.accessibility}`).join(', ');
          const failing = p.failing.length > 0 ? `; costing points: ${p.failing.join(', ')}` : '';
          return `\n    ${p.path}: performance ${p.performance}, accessibility ${p.accessibility} (runs ${runs})${failing}`;
        })
        .join('')}`,
  );
  line('widget start, longest task', r.widgetPage, (w) => `max ${w.longestTask.max} ms, p50 ${w.longestTask.p50} ms over ${w.loads} loads`);
  line('operator online → launcher shown', r.widgetPage, (w) => fmt(w.shown));
  line('fast response edit → open picker', r.widgetPage, (w) => fmt(w.fastResponse));
  line('canary quiet, visitor → operator', r.flood, (f) => fmt(f.quiet.visitorToOperator));
  line('canary quiet, operator → visitor', r.flood, (f) => fmt(f.quiet.operatorToVisitor));
  line('canary flooded, visitor → operator', r.flood, (f) => fmt(f.flooded.visitorToOperator));
  line('canary flooded, operator → visitor', r.flood, (f) => fmt(f.flooded.operatorToVisitor));
  line('canary flooded/quiet p99', r.flood, (f) => {
    const x = floodRatios(r);
    const blocks = f.blocks.map((b) => `${b.phase[0]}${b.p99}`).join('/');
    return `visitor → operator ${x.visitorToOperatorP99}, operator → visitor ${x.operatorToVisitorP99}; p99 by block ${blocks} ms; lost ${f.lost}; trouble ${f.canaryTrouble.length ? f.canaryTrouble.slice(0, 5).join(' | ') : 'none'}`;
  });
  line('workerd CPU while the canary talked', r.flood, (f) => `quiet ${f.workerdCores.quiet} cores, flooded ${f.workerdCores.flood} cores`);
  line('hostile frames written', r.flood, (f) => {
    const sent = total(f.hostile.sent);
    return `${sent} in ${f.hostile.seconds} s (${Math.round(sent / Math.max(f.hostile.seconds, 0.1))}/s) from ${f.hostileAddress}: ${formatCounts(f.hostile.sent)}`;
  });
  line(
    'hostile answered',
    r.flood,
    (f) =>
      `${total(f.hostile.errors)} errors (${formatCounts(f.hostile.errors)}); ${total(f.hostile.frames)} other frames (${formatCounts(f.hostile.frames)})`,
  );
  line(
    'hostile sockets',
    r.flood,
    (f) =>
      `${f.hostile.upgrades.opened} opened, refused ${formatCounts(f.hostile.upgrades.refused)}, ${f.hostile.upgrades.failed} failed; closed by the room ${formatCounts(f.hostile.closes)}`,
  );
  for (const step of ok(r.boots)?.steps ?? []) {
    const samples = step.errorSamples.length ? ` (${step.errorSamples.join(' | ')})` : '';
    line(`widget boots offered ${step.rate}/s × ${step.seconds} s`, step, (s) =>
      [
        `achieved ${s.achievedPerSecond}/s (${s.ok}/${s.offered})`,
        `upgrade → welcome ${fmt(s.latency)}`,
        `errors ${s.errors}${samples}`,
        `workerd CPU ${s.cpuMsPerBoot ?? 'n/a'} ms/boot`,
        `client lateness p99 ${s.clientLateness.p99} ms`,
      ].join('; '),
    );
  }
  line(
    'widget boots',
    r.boots,
    (b) =>
      `workerd CPU ${b.cpuMsPerBoot ?? 'n/a'} ms/boot at ${b.steps[0]?.rate}/s, median of ${b.cpuRounds.length} rounds (${b.cpuRounds.map((x) => (x.cpuSeconds === null || x.errors > 0 ? 'n/a' : Math.round((x.cpuSeconds * 1e5) / x.ok) / 100)).join('/')}; idle workerd ${b.idleCores} cores, taken off); ${b.processes} client processes; dropped ${b.dropped}`,
  );
  const floorLevels = ok(r.fanoutFloor)?.levels ?? [];
  const changes = (l: FanoutLevel) =>
    l.changes.map(
      (c) => `${c.state}: first ${c.firstMs} ms, ${fmt(c.latency)}, max ${c.latency.max} ms, got ${c.received}, missing ${c.missing}`,
    );
  for (const level of floorLevels)
    line(`floor: one frame to ${level.sockets} idle sockets`, level, (l) =>
      [...changes(l), `workerd RSS ${l.kbPerSocket} KB/socket`].join('; '),
    );
  for (const [i, level] of (ok(r.fanout)?.levels ?? []).entries()) {
    const floorLevel = floorLevels[i];
    const floorP99 = floorLevel && Math.max(...floorLevel.changes.map((c) => c.latency.p99));
    line(`availability fan-out to ${level.sockets} idle sockets`, level, (l) =>
      [
        ...changes(l),
        `floor p99 ${floorP99 ?? 'n/a'} ms`,
        `workerd RSS ${l.kbPerSocket} KB/socket (floor ${floorLevel?.kbPerSocket ?? 'n/a'}, ${ratio(l.kbPerSocket, floorLevel?.kbPerSocket) ?? 'n/a'}×)`,
        `${l.fdsPerSocket ?? 'n/a'} descriptors/socket`,
      ].join('; '),
    );
  }
  line(
    'availability fan-out',
    r.fanout,
    (f) =>
      `objects holding the sockets ${f.objects.count}${f.objects.gateways ? ' gateways' : ' (no gateways)'}; ${f.processes} client processes; baseline ${f.baselineRssKb} KB; errors ${f.errors}${f.errorSamples.length ? ` (${f.errorSamples.join(' | ')})` : ''}; dropped ${f.dropped}`,
  );
  line('idle sockets', r.idle, (i) => {
    const levels = i.levels.map((l) => `${l.sockets}: ${l.rssKb} KB (${l.kbPerSocket} KB/socket)`).join('; ');
    const samples = i.errorSamples.length ? ` (${i.errorSamples.join(' | ')})` : '';
    return `baseline ${i.baselineRssKb} KB; ${levels}; errors ${i.errors}${samples}`;
  });
}
