/**
 * The real-time bench (issue 4, item 10). Starts the bare floor and Parley, each in its own
 * workerd through Miniflare's own socket, drives both with the same load scenario by scenario
 * (back to back, or in alternating turns), prints the figures and the budget lines, and saves
 * JSON and the workerd logs to bench/results/. Started by bench/run.mjs.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetLine } from './lib/budgets';
import { stopDevServers } from './lib/dev-server';
import { oneDescriptorWorkerd } from './lib/fetch-workerd';
import { fitIdleLevels, socketCapacity } from './lib/open-files';
import { printSuite } from './lib/print';
import { openFileLimit } from './lib/proc';
import { FULL, QUICK } from './lib/profiles';
import {
  budgets,
  floodBudgets,
  helpLighthouseBudgets,
  helpSearchBudgets,
  ok,
  ratios,
  reportsBudgets,
  type SuiteResult,
  widgetPageBudgets,
} from './lib/report';
import { type Runtime, startFloor } from './lib/runtime';
import { bootsBudgets, fanoutBudgets } from './lib/scale-budgets';
import { describeBuild, PROJECT_WORKERD } from './lib/workerd-build';
import { measureBoots } from './scenarios/boots';
import { measureChatStart } from './scenarios/chat-start';
import { measureConfigPush } from './scenarios/config-push';
import { measureFanout, measureFloorFanout } from './scenarios/fanout';
import { measureFlood } from './scenarios/flood';
import { measureHelpLighthouse } from './scenarios/help-lighthouse';
import { measureHelpSearch } from './scenarios/help-search';
import { measureIdleSockets } from './scenarios/idle-sockets';
import { measureMessageLatency } from './scenarios/message-latency';
import { measureReports } from './scenarios/reports';
import { measureThroughput } from './scenarios/throughput';
import { measureUpload } from './scenarios/upload';
import { measureWidgetPage } from './scenarios/widget-page';
import { floorTarget } from './targets/floor-target';
import { startParley } from './targets/parley-target';
import type { Target } from './targets/target';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const profile = process.argv.includes('--quick') ? QUICK : FULL;
/**
 * `--only GROUP` runs one group: the socket scenarios on both systems, their idle-socket part
 * alone (a few minutes, for memory work), the flood, the browser scenario, help search, or
 * Lighthouse on the help pages, uploads, reports on a year of chats, widget boots per second, or
 * availability fan-out to idle visitors.
 */
const GROUPS = ['realtime', 'idle', 'flood', 'widget-page', 'help-search', 'help-lighthouse', 'upload', 'reports', 'boots', 'fanout'];
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && !GROUPS.includes(only)) {
  console.error(`bench: --only takes ${GROUPS.join(', ')}, not ${only}`);
  process.exit(2);
}
const idleOnly = only === 'idle';
const runRealtime = only === undefined || only === 'realtime' || idleOnly;
const runFlood = only === undefined || only === 'flood';
const runWidgetPage = only === undefined || only === 'widget-page';
const runHelpSearch = only === undefined || only === 'help-search';
const runHelpLighthouse = only === undefined || only === 'help-lighthouse';
const runUpload = only === undefined || only === 'upload';
const runReports = only === undefined || only === 'reports';
const runBoots = only === undefined || only === 'boots';
const runFanout = only === undefined || only === 'fanout';
/** workerd inherits this limit; the top idle level is cut to what its build holds (lib/open-files.ts, lib/workerd-build.ts). */
const openFiles = openFileLimit() ?? Number.POSITIVE_INFINITY;
const idle = { ...profile.idle, levels: fitIdleLevels(profile.idle.levels, openFiles, PROJECT_WORKERD.descriptorsPerSocket) };
const idleTop = idle.levels.at(-1);
/**
 * The fan-out (floor and Parley alike) runs on the last workerd build with one descriptor per
 * socket, so its top level fits one process; the project's build where that one can't be had.
 */
const fanoutBuild = (runFanout && oneDescriptorWorkerd(root, (line) => console.log(`[bench] ${line}`))) || PROJECT_WORKERD;
const fanout = { ...profile.fanout, levels: fitIdleLevels(profile.fanout.levels, openFiles, fanoutBuild.descriptorsPerSocket) };
const fanoutTop = fanout.levels.at(-1);
const work = mkdtempSync(join(tmpdir(), 'parley-bench-'));
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const startedAt = new Date();
const stamp = `realtime-${startedAt.toISOString().replaceAll(':', '-').replace(/\..*/, '')}`;

const live = new Set<Runtime>();
/** Stops workerd, keeps its non-empty logs next to the results, removes the scratch directory. */
async function cleanup(): Promise<void> {
  stopDevServers();
  for (const runtime of live) await runtime.dispose().catch(() => undefined);
  live.clear();
  for (const name of readdirSync(work)) {
    const log = join(work, name);
    if (name.endsWith('.log') && statSync(log).size > 0) copyFileSync(log, join(resultsDir, `${stamp}.${name}`));
  }
  rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)));
}
setTimeout(() => {
  console.error(`bench: deadline of ${profile.deadlineMs / 1000} s passed; stopping`);
  void cleanup().finally(() => process.exit(2));
}, profile.deadlineMs).unref();

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Runs one scenario; a failure is recorded in the results instead of ending the run. */
async function step<T>(name: string, fn: () => Promise<T>): Promise<T | { error: string }> {
  log(`  ${name}…`);
  try {
    return await fn();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    log(`  ${name} failed: ${message}`);
    return { error: message };
  }
}

/** Runs a scenario on the floor and then on Parley, back to back, so both see the same machine load. */
async function both<K extends keyof SuiteResult>(
  key: K,
  label: string,
  run: (target: Target) => Promise<SuiteResult[K]>,
  targets: { floor?: Target; parley?: Target },
  results: { floor: SuiteResult; parley: SuiteResult },
): Promise<void> {
  for (const side of ['floor', 'parley'] as const) {
    const target = targets[side];
    if (target) results[side][key] = (await step(`${side}: ${label}`, () => run(target))) as SuiteResult[K];
  }
}

/** Runs a scenario that measures both systems in alternating turns. */
async function together<K extends 'latency' | 'throughput'>(
  key: K,
  label: string,
  run: (targets: Target[]) => Promise<SuiteResult[K][]>,
  targets: { floor?: Target; parley?: Target },
  results: { floor: SuiteResult; parley: SuiteResult },
): Promise<void> {
  const sides = (['floor', 'parley'] as const).filter((side) => targets[side]);
  const out = await step(`${sides.join(' + ')}: ${label}`, () => run(sides.map((side) => targets[side]!)));
  for (const [i, side] of sides.entries()) results[side][key] = Array.isArray(out) ? out[i] : out;
}

/** Starts a runtime; a failure is recorded on the suite and the other side still runs. */
async function startSide<T extends Target>(name: string, into: SuiteResult, start: () => Promise<T>): Promise<T | undefined> {
  log(`${name}: starting workerd`);
  try {
    const target = await start();
    live.add(target.runtime);
    log(`${name}: ${target.runtime.url} (workerd pid ${target.runtime.pid})`);
    return target;
  } catch (error) {
    into.error = (error as Error).message;
    log(`${name}: could not start: ${into.error}`);
    return undefined;
  }
}

/** Runs the socket scenarios on both systems, in `results`. */
async function measureRealtime(results: { floor: SuiteResult; parley: SuiteResult }): Promise<void> {
  const { floor, parley } = results;
  const floorSide = await startSide('floor', floor, async () => floorTarget(await startFloor(root, work, join(work, 'floor-state'))));
  const operators = Math.max(profile.latency.operators, profile.chatStart.operators, profile.throughput.operators);
  const parleySide = await startSide('parley', parley, () => startParley(root, work, operators, (line) => log(`parley: ${line}`)));
  const sides = { floor: floorSide, parley: parleySide };

  if (!idleOnly) {
    await both('chatStart', 'chat start', (t) => measureChatStart(t, profile.chatStart), sides, results);
    await together('latency', 'message latency', (ts) => measureMessageLatency(ts, profile.latency), sides, results);
    if (parleySide) parley.configPush = await step('parley: config push', () => measureConfigPush(parleySide, profile.configPush));
    await together('throughput', 'throughput', (ts) => measureThroughput(ts, profile.throughput), sides, results);
  }
  if (idleTop !== profile.idle.levels.at(-1))
    log(
      `idle sockets: the open-file limit ${openFiles} holds ${socketCapacity(openFiles, PROJECT_WORKERD.descriptorsPerSocket)} sockets in workerd; levels ${idle.levels.join('/') || 'none'}`,
    );
  const measureIdle = async (t: Target) => {
    if (idleTop === undefined) throw new Error(`the open-file limit ${openFiles} holds no idle level`);
    return measureIdleSockets(t, idle);
  };
  await both('idle', 'idle sockets', measureIdle, sides, results);
  for (const side of [floorSide, parleySide]) if (side) await stopSide(side);
}

/** Stops a runtime before the next group, so its memory and sockets weigh on nothing after it. */
async function stopSide(target: Target): Promise<void> {
  live.delete(target.runtime);
  await target.runtime.dispose().catch(() => undefined);
}

/** The flood on a Parley of its own, so the other scenarios' chats and counters stay out of it. */
async function measureFloodGroup(parley: SuiteResult): Promise<void> {
  const into: SuiteResult = {};
  const target = await startSide('flood', into, () =>
    startParley(root, work, profile.flood.operators, (line) => log(`flood: ${line}`), 'flood'),
  );
  if (!target) {
    parley.flood = { error: into.error ?? 'could not start' };
    return;
  }
  parley.flood = await step('parley: canary chat under a hostile flood', () => measureFlood(target, profile.flood));
  await stopSide(target);
}

/** Knowledge-base search on a Parley of its own, whose public base grows to 1 000 articles. */
async function measureHelpSearchGroup(parley: SuiteResult): Promise<void> {
  const into: SuiteResult = {};
  const target = await startSide('help-search', into, () => startParley(root, work, 1, (line) => log(`help-search: ${line}`), 'help'));
  if (!target) {
    parley.helpSearch = { error: into.error ?? 'could not start' };
    return;
  }
  parley.helpSearch = await step('parley: help search on 1 000 articles', () => measureHelpSearch(target.runtime, profile.helpSearch));
  await stopSide(target);
}

/** A visitor's 5 MB file end to end on a Parley of its own, with workerd's memory sampled throughout. */
async function measureUploadGroup(parley: SuiteResult): Promise<void> {
  const into: SuiteResult = {};
  const target = await startSide('upload', into, () => startParley(root, work, 1, (line) => log(`upload: ${line}`), 'upload'));
  if (!target) {
    parley.upload = { error: into.error ?? 'could not start' };
    return;
  }
  parley.upload = await step(`parley: ${profile.upload.megabytes} MB upload end to end`, () => measureUpload(target, profile.upload));
  await stopSide(target);
}

/** The reports query on a Parley of its own, whose one company has a year of chats. */
async function measureReportsGroup(parley: SuiteResult): Promise<void> {
  const into: SuiteResult = {};
  const target = await startSide('reports', into, () => startParley(root, work, 8, (line) => log(`reports: ${line}`), 'reports'));
  if (!target) {
    parley.reports = { error: into.error ?? 'could not start' };
    return;
  }
  parley.reports = await step(`parley: reports on ${profile.reports.chats} chats`, () => measureReports(target, profile.reports));
  await stopSide(target);
}

/** Widget boots at fixed offered rates on a Parley of its own, so its visitors weigh on nothing else. */
async function measureBootsGroup(parley: SuiteResult): Promise<void> {
  const into: SuiteResult = {};
  const target = await startSide('boots', into, () => startParley(root, work, 1, (line) => log(`boots: ${line}`), 'boots'));
  if (!target) {
    parley.boots = { error: into.error ?? 'could not start' };
    return;
  }
  const steps = profile.boots.steps.map((s) => `${s.rate}/s × ${s.seconds} s`).join(', ');
  parley.boots = await step(`parley: widget boots (${steps})`, () => measureBoots(target, profile.boots));
  await stopSide(target);
}

/**
 * Availability fan-out on a Parley of its own, after the floor's fan-out at the same levels (each
 * in its own workerd, one after the other) for the time and memory a bare object takes.
 */
async function measureFanoutGroup(parley: SuiteResult): Promise<void> {
  if (fanoutTop === undefined) {
    parley.fanout = { error: `the open-file limit ${openFiles} holds no fan-out level` };
    return;
  }
  if (fanoutTop !== profile.fanout.levels.at(-1))
    log(
      `fan-out: the open-file limit ${openFiles} holds ${socketCapacity(openFiles, fanoutBuild.descriptorsPerSocket)} sockets in workerd; levels ${fanout.levels.join('/')}`,
    );
  const floorInto: SuiteResult = {};
  const floorSide = await startSide('fanout floor', floorInto, async () =>
    floorTarget(await startFloor(root, work, join(work, 'floor-fanout-state'), 'floor-fanout', fanoutBuild)),
  );
  if (floorSide) {
    parley.fanoutFloor = await step(`floor: one frame to ${fanout.levels.join('/')} idle sockets`, () =>
      measureFloorFanout(floorSide.runtime, fanout),
    );
    await stopSide(floorSide);
  } else parley.fanoutFloor = { error: floorInto.error ?? 'could not start' };
  const into: SuiteResult = {};
  const target = await startSide('fanout', into, () => startParley(root, work, 1, (line) => log(`fanout: ${line}`), 'fanout', fanoutBuild));
  if (!target) {
    parley.fanout = { error: into.error ?? 'could not start' };
    return;
  }
  parley.fanout = await step(`parley: availability fan-out to ${fanout.levels.join('/')} idle sockets`, () =>
    measureFanout(target, fanout),
  );
  await stopSide(target);
}

/** Runs the chosen scenarios and returns the report that is printed and saved. */
async function measure() {
  const loadBefore = loadavg();
  log(`bench (${profile.name}${only ? `, only ${only}` : ''}) — scratch ${work}`);
  const floor: SuiteResult = {};
  const parley: SuiteResult = {};
  if (runRealtime) await measureRealtime({ floor, parley });
  if (runFlood) await measureFloodGroup(parley);
  if (runHelpSearch) await measureHelpSearchGroup(parley);
  if (runUpload) await measureUploadGroup(parley);
  if (runReports) await measureReportsGroup(parley);
  if (runBoots) await measureBootsGroup(parley);
  if (runFanout) await measureFanoutGroup(parley);
  if (runWidgetPage) {
    // After the socket scenarios, so Chromium's load doesn't fall on them.
    parley.widgetPage = await step('parley: widget page in Chromium', () => measureWidgetPage(join(work, 'dev-state'), profile.widgetPage));
  }
  if (runHelpLighthouse) {
    parley.helpLighthouse = await step('parley: Lighthouse on the help pages', () =>
      measureHelpLighthouse(join(work, 'lighthouse-state'), profile.helpLighthouse),
    );
  }

  return {
    startedAt: startedAt.toISOString(),
    profile: profile.name,
    only: only ?? null,
    // Other processes share these cores; the load average says how busy the machine was.
    host: {
      cpus: cpus().length,
      node: process.version,
      openFileLimit: Number.isFinite(openFiles) ? openFiles : 'unlimited',
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg(),
    },
    // The idle levels actually run, which the open-file limit may have cut.
    load: { ...profile, idle, fanout: { ...fanout, workerd: describeBuild(fanoutBuild) } },
    floor,
    parley,
    ratios: ratios(floor, parley),
    budgets: [
      ...(runRealtime ? budgets(floor, parley, idleTop ?? 0).filter((b) => !idleOnly || b.name.startsWith('idle_')) : []),
      ...(runFlood ? floodBudgets(parley) : []),
      ...(runWidgetPage ? widgetPageBudgets(parley) : []),
      ...(runHelpSearch ? helpSearchBudgets(parley) : []),
      ...(runReports ? reportsBudgets(parley) : []),
      ...(runHelpLighthouse ? helpLighthouseBudgets(parley) : []),
      ...(runBoots ? bootsBudgets(ok(parley.boots)) : []),
      ...(runFanout ? fanoutBudgets(ok(parley.fanout), ok(parley.fanoutFloor), fanoutTop ?? 0) : []),
    ],
  };
}

try {
  const report = await measure();
  const file = join(resultsDir, `${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log('');
  if (runRealtime) printSuite('floor (bare Durable Object)', report.floor);
  printSuite('parley (CompanyRoom)', report.parley);
  if (runRealtime) {
    console.log(`ratios parley/floor: ${JSON.stringify(report.ratios)}`);
    console.log(
      `idle sockets top level: ${idleTop ?? 'none'} (profile ${profile.idle.levels.at(-1)}; open-file limit ${report.host.openFileLimit}, ${describeBuild(PROJECT_WORKERD)})`,
    );
  }
  if (runFanout)
    console.log(
      `fan-out top level: ${fanoutTop ?? 'none'} (profile ${profile.fanout.levels.at(-1)}; open-file limit ${report.host.openFileLimit}, ${describeBuild(fanoutBuild)})`,
    );
  console.log(
    `load average (1/5/15 min) before ${report.host.loadAverageBefore.map((x) => x.toFixed(1)).join('/')}, after ${report.host.loadAverageAfter.map((x) => x.toFixed(1)).join('/')} on ${report.host.cpus} cores`,
  );
  console.log(`results: ${file}\n`);
  for (const b of report.budgets) console.log(budgetLine(b));
} finally {
  await cleanup();
}
process.exit(0);
