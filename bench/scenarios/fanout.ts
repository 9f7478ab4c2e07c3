/**
 * Fan-out to idle sockets (issue 17, items 1b and 3), held by several client processes. On Parley:
 * N greeted visitor sockets of one company and an operator's socket that goes online and then
 * away; on the floor: N bare sockets of its one object and a socket whose frame it sends to all of
 * them. Per level: the time from the cause leaving to each idle socket getting its frame, how many
 * got it, and workerd's resident memory per socket over a one-socket baseline (as the idle
 * scenario measures it).
 */
import { readdirSync } from 'node:fs';
import { AVAILABILITY_PUSH_GAP_MS, type OperatorClientFrame } from '../../common/protocol';
import { startFleet } from '../lib/fleet';
import { splitEvenly } from '../lib/load-split';
import { rssKb } from '../lib/proc';
import type { Runtime } from '../lib/runtime';
import { BENCH_ORIGIN } from '../lib/seed';
import { SocketClient, sleep } from '../lib/socket-client';
import { type Summary, summarize } from '../lib/stats';
import type { ParleyTarget } from '../targets/parley-target';
import type { CloseReply, CollectReply, FleetInit, FrameMatch, OpenReply } from './visitor-fleet';

export interface FanoutOptions {
  /** Cumulative socket counts, ascending (cut to what workerd's open-file limit holds). */
  levels: number[];
  processes: number;
  /** Handshakes in flight per process. */
  concurrency: number;
  settleMs: number;
  /** Longest wait for the last socket's frame after a change. */
  timeoutMs: number;
  /**
   * The company's visitor gateway count, set before the first socket as a shop whose traffic had
   * already raised it, so the sockets spread from the first one (growing from one gateway, the
   * first 4 000 would all stay on it); the room may still raise it during the run.
   */
  gateways: number;
}

/** One availability change as the idle sockets saw it. */
export interface FanoutChange {
  state: string;
  /** Status frame sent → availability frame received, ms, per socket that got it. */
  latency: Summary;
  /** The first socket's latency: the room's work before its send loop (the rest, to max, is the loop and the clients' reading). */
  firstMs: number;
  received: number;
  missing: number;
}

export interface FanoutLevel {
  sockets: number;
  rssKb: number;
  kbPerSocket: number;
  /** workerd's open descriptors over the baseline, per socket. */
  fdsPerSocket: number | null;
  changes: FanoutChange[];
}

export interface FanoutResult {
  processes: number;
  /** Objects that held the idle sockets: on Parley, the company's gateway count at the end of the run (D1). */
  objects: { count: number; gateways: boolean };
  baselineRssKb: number;
  levels: FanoutLevel[];
  /** Failed opens. */
  errors: number;
  errorSamples: string[];
  /** Sockets the server closed while they should have stayed open. */
  dropped: number;
}

const epochNow = () => performance.timeOrigin + performance.now();

function openFds(pid: number): number | null {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return null;
  }
}

/** A change every idle socket hears of: the frame that tells it, and what causes it. */
interface FanoutCause {
  state: string;
  match: FrameMatch;
  /** Sends the cause; resolves once the object answered it. */
  send(): Promise<void>;
}

/** What the scenario runs against: Parley's room and gateways, or the floor's one object. */
interface FanoutSide {
  fleet: Omit<FleetInit, 'process'>;
  causes: FanoutCause[];
  objects(): Promise<FanoutResult['objects']>;
  close(): void;
}

/** Parley: visitors of the bench company, told of an operator going online and then away. */
async function parleySide(target: ParleyTarget, gateways: number): Promise<FanoutSide> {
  const db = await target.runtime.mf.getD1Database('DB');
  const gatewayCount = async () =>
    (await db.prepare('SELECT visitor_gateways AS n FROM companies WHERE id = ?').bind(target.company.id).first<{ n: number }>())?.n ?? 0;
  await db.prepare('UPDATE companies SET visitor_gateways = ? WHERE id = ?').bind(gateways, target.company.id).run();
  // An operator serving the widgets' language, away: the widgets show offline until it goes online.
  const op = await target.openOperatorTab(target.company.operators[0]!, 'away');
  const cause = (status: 'online' | 'away', state: string): FanoutCause => ({
    state,
    match: { type: 'availability', state },
    async send() {
      const acked = op.waitFor((f) => f.type === 'status', 10_000, 'status answer');
      op.send({ type: 'status', status } satisfies OperatorClientFrame);
      await acked;
    },
  });
  return {
    fleet: { url: target.runtime.url, key: target.company.publicKey, origin: BENCH_ORIGIN },
    causes: [cause('online', 'free'), cause('away', 'offline')],
    objects: async () => ({ count: await gatewayCount(), gateways: true }),
    close: () => op.close(),
  };
}

/** The floor: one object sending a sender's frame to every other socket (bench/floor/floor-worker.mjs). */
async function floorSide(runtime: Runtime): Promise<FanoutSide> {
  const sender = await SocketClient.open(`${runtime.url.replace(/^http/, 'ws')}/connect?id=fanout-sender`);
  const cause = (text: string): FanoutCause => ({
    state: text,
    match: { type: 'message', text },
    async send() {
      const acked = sender.waitFor((f) => f.type === 'ack' && f.text === text, 10_000, 'floor ack');
      sender.send({ text, ack: true });
      await acked;
    },
  });
  return {
    fleet: { url: runtime.url, key: '', origin: '', floor: true },
    causes: [cause('first'), cause('second')],
    objects: async () => ({ count: 1, gateways: false }),
    close: () => sender.close(),
  };
}

export function measureFanout(target: ParleyTarget, o: FanoutOptions): Promise<FanoutResult> {
  return fanOut(target.runtime.pid, () => parleySide(target, o.gateways), o);
}

/** The same levels on the floor, for the time and the memory a bare object takes. */
export function measureFloorFanout(runtime: Runtime, o: FanoutOptions): Promise<FanoutResult> {
  return fanOut(runtime.pid, () => floorSide(runtime), o);
}

async function fanOut(pid: number, start: () => Promise<FanoutSide>, o: FanoutOptions): Promise<FanoutResult> {
  const side = await start();
  let fleet: Awaited<ReturnType<typeof startFleet>> | undefined;
  try {
    fleet = await startFleet(o.processes, side.fleet);
    const clients = fleet;
    const errors: string[] = [];
    const open = async (count: number) => {
      const replies = await clients.each<OpenReply>((i) => ({
        cmd: 'open',
        count: splitEvenly(count, clients.size)[i]!,
        concurrency: o.concurrency,
        timeoutMs: 10_000,
      }));
      errors.push(...replies.flatMap((r) => r.errors));
      return replies.reduce((sum, r) => sum + r.opened, 0);
    };
    // One socket first, so the object is awake and its code paths loaded before the baseline.
    const first = await open(1);
    if (first !== 1) throw new Error(`the first idle socket failed: ${errors[0]}`);
    await sleep(o.settleMs);
    const baselineRssKb = rssKb(pid) ?? Number.NaN;
    const baselineFds = openFds(pid);

    // Idle widgets hear of a change at most once per push gap; each change here waits out the gap
    // after the last one, so it goes out at once, as the first change after a quiet spell does.
    // The floor waits as long, so its object has the same time to hibernate its sockets.
    let lastChangeAt = 0;
    const change = async (cause: FanoutCause): Promise<FanoutChange> => {
      const quiet = lastChangeAt + AVAILABILITY_PUSH_GAP_MS + 500 - Date.now();
      if (quiet > 0) await sleep(quiet);
      await clients.each(() => ({ cmd: 'arm', match: cause.match }));
      const sentAt = epochNow();
      await cause.send();
      const replies = await clients.each<CollectReply>(() => ({ cmd: 'collect', timeoutMs: o.timeoutMs }));
      // The gap runs from the push, which the last arrival follows: timing it from the send would
      // start the next change inside it whenever a push went out late.
      lastChangeAt = Date.now();
      const latencies = replies.flatMap((r) => r.arrivals.map((at) => at - sentAt));
      return {
        state: cause.state,
        latency: summarize(latencies),
        firstMs: Math.round(Math.min(...latencies) * 100) / 100,
        received: replies.reduce((sum, r) => sum + r.arrivals.length, 0),
        missing: replies.reduce((sum, r) => sum + r.missing, 0),
      };
    };

    const levels: FanoutLevel[] = [];
    let sockets = 0;
    let failed = 0;
    for (const level of o.levels) {
      // Opens beside the first socket, as the idle scenario counts them; failed opens are not retried.
      sockets += await open(level - sockets - failed);
      failed = errors.length;
      await sleep(o.settleMs);
      const rss = rssKb(pid) ?? Number.NaN;
      const fds = openFds(pid);
      const changes: FanoutChange[] = [];
      for (const cause of side.causes) changes.push(await change(cause));
      levels.push({
        sockets,
        rssKb: rss,
        kbPerSocket: Math.round(((rss - baselineRssKb) / Math.max(1, sockets)) * 10) / 10,
        fdsPerSocket: fds === null || baselineFds === null ? null : Math.round(((fds - baselineFds) / Math.max(1, sockets)) * 100) / 100,
        changes,
      });
    }
    const closed = await clients.each<CloseReply>(() => ({ cmd: 'close' }));
    return {
      processes: clients.size,
      objects: await side.objects(),
      baselineRssKb,
      levels,
      errors: errors.length,
      errorSamples: [...new Set(errors)].slice(0, 5),
      dropped: closed.reduce((sum, c) => sum + c.dropped, 0),
    };
  } finally {
    side.close();
    await fleet?.stop();
  }
}
