/** How much load each scenario applies: the full run and the quick development run. */
import type { BootsOptions } from '../scenarios/boots';
import type { FanoutOptions } from '../scenarios/fanout';
import type { FloodOptions } from '../scenarios/flood';
import type { HelpLighthouseOptions } from '../scenarios/help-lighthouse';
import type { HelpSearchOptions } from '../scenarios/help-search';
import type { IdleOptions } from '../scenarios/idle-sockets';
import type { LatencyOptions } from '../scenarios/message-latency';
import type { ReportsOptions } from '../scenarios/reports';
import type { ThroughputOptions } from '../scenarios/throughput';
import type { UploadOptions } from '../scenarios/upload';
import type { WidgetPageOptions } from '../scenarios/widget-page';

export interface Profile {
  name: 'full' | 'quick';
  latency: LatencyOptions;
  chatStart: { chats: number; operators: number; concurrency: number };
  configPush: { sockets: number; changes: number; gapMs: number };
  throughput: ThroughputOptions;
  idle: IdleOptions;
  flood: FloodOptions;
  widgetPage: WidgetPageOptions;
  helpSearch: HelpSearchOptions;
  upload: UploadOptions;
  reports: ReportsOptions;
  helpLighthouse: HelpLighthouseOptions;
  boots: BootsOptions;
  fanout: FanoutOptions;
  /** Hard stop for the whole run; the bench cleans up and fails past it. */
  deadlineMs: number;
}

export const FULL: Profile = {
  name: 'full',
  latency: { chats: 200, operators: 20, rounds: 6, warmupRounds: 1, spreadMs: 1800, turnMs: 2000, settleMs: 5000 },
  chatStart: { chats: 200, operators: 20, concurrency: 4 },
  configPush: { sockets: 100, changes: 20, gapMs: 200 },
  throughput: { chats: 100, operators: 20, messages: 8000, blocks: 8, window: 4, blockTimeoutMs: 30_000 },
  idle: { levels: [1000, 5000, 10_000], concurrency: 64, settleMs: 2000 },
  // 300 canary messages each way per phase at the canary visitor's pace (0.6 s): about 7 minutes.
  flood: { operators: 4, messages: 300, blocks: 6, rampMs: 1000, openers: 4, settleMs: 10_000 },
  widgetPage: { loads: 10, rounds: 10 },
  helpSearch: { articles: 1000, rounds: 10 },
  upload: { megabytes: 5, rounds: 10, settleMs: 2000 },
  reports: { chats: 1_000_000, rounds: 7 },
  helpLighthouse: { runs: 3 },
  // Each step's sockets stay open to its end: 4 000 at 400/s, under workerd's 9 500 (lib/open-files.ts).
  // The first step is low enough to run clean on a busy machine: CPU per boot is measured at its rate.
  boots: {
    steps: [
      { rate: 25, seconds: 10 },
      { rate: 50, seconds: 10 },
      { rate: 100, seconds: 10 },
      { rate: 200, seconds: 10 },
      { rate: 400, seconds: 10 },
    ],
    processes: 4,
    warmup: { rate: 25, seconds: 8 },
    cpuRounds: 3,
    timeoutMs: 10_000,
    settleMs: 2000,
  },
  // 18 000 fit one workerd of the fan-out's build under a hard limit of 20 000 (lib/workerd-build.ts);
  // the top level is cut to what the build in use holds (9 000 on the project's).
  fanout: { levels: [1000, 5000, 18_000], processes: 4, concurrency: 16, settleMs: 2000, timeoutMs: 30_000, gateways: 4 },
  // The reports group (seeding a year of chats, then the year-long reports) takes about 7 minutes,
  // boots and fan-out (the floor's idle sockets too) about 10.
  deadlineMs: 44 * 60_000,
};

export const QUICK: Profile = {
  name: 'quick',
  latency: { chats: 40, operators: 4, rounds: 3, warmupRounds: 1, spreadMs: 800, turnMs: 1000, settleMs: 3000 },
  chatStart: { chats: 40, operators: 4, concurrency: 4 },
  configPush: { sockets: 20, changes: 5, gapMs: 100 },
  throughput: { chats: 20, operators: 4, messages: 1600, blocks: 4, window: 4, blockTimeoutMs: 15_000 },
  idle: { levels: [200, 500], concurrency: 32, settleMs: 1000 },
  flood: { operators: 4, messages: 60, blocks: 2, rampMs: 1000, openers: 4, settleMs: 5000 },
  widgetPage: { loads: 3, rounds: 3 },
  helpSearch: { articles: 1000, rounds: 2 },
  upload: { megabytes: 5, rounds: 3, settleMs: 2000 },
  reports: { chats: 100_000, rounds: 3 },
  helpLighthouse: { runs: 3 },
  boots: {
    steps: [
      { rate: 25, seconds: 4 },
      { rate: 50, seconds: 4 },
    ],
    processes: 2,
    warmup: { rate: 25, seconds: 2 },
    cpuRounds: 1,
    timeoutMs: 10_000,
    settleMs: 1000,
  },
  fanout: { levels: [1000], processes: 2, concurrency: 16, settleMs: 1000, timeoutMs: 30_000, gateways: 4 },
  deadlineMs: 11 * 60_000,
};
