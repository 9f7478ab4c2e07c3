/**
 * One hostile client floods every visitor frame type at full speed from one address while a
 * canary chat in the same company keeps talking (issue 11, item 3): the canary's p99 flooded
 * against its p99 quiet. Quiet and flooded blocks alternate (quiet, flood, flood, quiet, …) so
 * load from outside the bench falls on both phases alike; each phase's samples are pooled.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { VISITOR_MESSAGE_BURST, VISITOR_MESSAGE_WINDOW_MS } from '../../common/protocol';
import { emptyTally, type HostileTally, mergeTallies } from '../lib/hostile-tally';
import { cpuSeconds } from '../lib/proc';
import { watchRuntime } from '../lib/runtime-watch';
import { BENCH_ORIGIN } from '../lib/seed';
import { type Summary, summarize } from '../lib/stats';
import type { ParleyTarget } from '../targets/parley-target';
import type { ChatPair } from '../targets/target';
import type { HostileInput } from './flood-hostile';

export interface FloodOptions {
  /** Operators online; routing gives the canary chat to one of them, hostile chats to any. */
  operators: number;
  /** Canary messages each way in each phase (quiet and flooded). */
  messages: number;
  /** Blocks per phase. */
  blocks: number;
  /** Flooding before a flood block's first canary message. */
  rampMs: number;
  /** Upgrades the hostile client keeps in flight. */
  openers: number;
  /** Longest wait for a block's last canary deliveries. */
  settleMs: number;
}

export interface FloodPhase {
  visitorToOperator: Summary;
  operatorToVisitor: Summary;
}

export interface FloodResult {
  quiet: FloodPhase;
  flooded: FloodPhase;
  /** Each block's p99 (both directions) in run order: a stall shows as one slow block. */
  blocks: { phase: Phase; p99: number }[];
  /** Measured canary messages that never arrived. */
  lost: number;
  /**
   * workerd's CPU use while each phase's canary messages were in flight, in cores: on a shared
   * machine a low figure under flood says workerd was starved of CPU, a figure near 1 that it was saturated.
   */
  workerdCores: { quiet: number; flood: number };
  /** Error frames and closes on the canary's sockets (there should be none). */
  canaryTrouble: string[];
  hostileAddress: string;
  /** The hostile client's frames and the room's answers, over every flood block. */
  hostile: HostileTally;
}

type Phase = 'quiet' | 'flood';
type Direction = 'v2o' | 'o2v';

/** The canary visitor's pace: one message per gap keeps it under its own limit (20 in any 10 s) with a fifth to spare. */
const GAP_MS = (VISITOR_MESSAGE_WINDOW_MS / VISITOR_MESSAGE_BURST) * 1.2;
/** TEST-NET-2; bench visitors come from 10.x.x.x. */
const HOSTILE_ADDRESS = '198.51.100.66';
/** How often workerd is probed, and how long it may take to answer before the scenario fails. */
const WATCH = { everyMs: 2000, timeoutMs: 10_000 };
/** A path no route has: workerd's worker answers 404 without storage, the room or D1. */
const PROBE_PATH = '/__bench-probe';
/** Longest wait for the hostile client to stop and hand over its tally. */
const STOP_MS = 30_000;

/** Waits `ms`; throws the watch's failure (workerd gone or silent) as soon as there is one. */
const pause = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => Promise.reject(signal.reason));

/** The canary chat's senders, listeners and samples. */
class Canary {
  readonly samples = { quiet: { v2o: [] as number[], o2v: [] as number[] }, flood: { v2o: [] as number[], o2v: [] as number[] } };
  readonly byBlock = new Map<number, number[]>();
  readonly trouble: string[] = [];
  private readonly pending = new Map<string, { t0: number; phase: Phase | null; block: number }>();
  private readonly offs: (() => void)[] = [];
  private ending = false;

  constructor(
    private readonly target: ParleyTarget,
    readonly pair: ChatPair,
  ) {
    const watch = (side: 'visitor' | 'operator', direction: Direction) => {
      const socket = pair[side];
      this.offs.push(
        socket.on((frame, at) => {
          if (frame.type === 'error') this.trouble.push(`${side} got error ${String(frame.code)} (ref ${String(frame.ref)})`);
          const text = target.messageText(frame);
          if (text?.startsWith(direction)) this.arrived(text, at);
        }),
      );
      void socket.closed.then(({ code }) => (this.ending ? undefined : this.trouble.push(`${side} socket closed with ${code}`)));
    };
    watch('operator', 'v2o');
    watch('visitor', 'o2v');
  }

  /** Sends one message; `phase` null marks a sync message, which is not measured. */
  send(direction: Direction, block: number, i: number | 'sync', phase: Phase | null): void {
    const text = `${direction} ${block} ${i}`;
    this.pending.set(text, { t0: performance.now(), phase, block });
    if (direction === 'v2o') this.pair.visitorSend(text);
    else this.pair.operatorSend(text);
  }

  private arrived(text: string, at: number): void {
    const sent = this.pending.get(text);
    if (!sent) return;
    this.pending.delete(text);
    if (!sent.phase) return;
    const ms = at - sent.t0;
    this.samples[sent.phase][text.slice(0, 3) as Direction].push(ms);
    this.byBlock.set(sent.block, [...(this.byBlock.get(sent.block) ?? []), ms]);
  }

  /** Waits until everything sent has arrived, or `timeoutMs` passed. */
  async delivered(timeoutMs: number, signal: AbortSignal): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.pending.size > 0 && performance.now() < deadline) await pause(20, signal);
  }

  /** One unmeasured message each way, delivered: whatever the flood left queued in the room is through. */
  async sync(block: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
    this.send('v2o', block, 'sync', null);
    this.send('o2v', block, 'sync', null);
    await this.delivered(timeoutMs, signal);
  }

  async finish(): Promise<number> {
    const lost = [...this.pending.values()].filter((p) => p.phase).length;
    this.ending = true;
    for (const off of this.offs) off();
    await this.target.closeChats([this.pair]);
    return lost;
  }
}

/**
 * The hostile client in its worker thread, flooding from the moment this resolves. Every wait on
 * it ends: with its answer, its own failure, the watch's, or (stopping) after STOP_MS.
 */
async function startHostile(target: ParleyTarget, canaryVisitorId: string, runTag: string, openers: number, signal: AbortSignal) {
  const workerData: HostileInput = {
    url: target.widgetUrl,
    origin: BENCH_ORIGIN,
    address: HOSTILE_ADDRESS,
    canaryVisitorId,
    runTag,
    openers,
  };
  const worker = new Worker(new URL('./flood-hostile.ts', import.meta.url), { workerData });
  const next = <T>(within?: number) =>
    new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      const timer =
        within === undefined ? undefined : setTimeout(() => fail(new Error(`the hostile client did not stop within ${within} ms`)), within);
      worker.once('message', (answer: T) => {
        clearTimeout(timer);
        resolve(answer);
      });
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`the hostile client exited (${code}) before answering`)));
      signal.addEventListener('abort', () => fail(signal.reason as Error), { once: true });
    });
  try {
    await next<'flooding'>();
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return {
    /** Stops the flood and closes its sockets; resolves with what it sent and got. */
    async stop(): Promise<HostileTally> {
      const tally = next<HostileTally>(STOP_MS);
      worker.postMessage('stop');
      try {
        return await tally;
      } finally {
        await worker.terminate();
      }
    },
    terminate: () => worker.terminate(),
  };
}

export async function measureFlood(target: ParleyTarget, o: FloodOptions): Promise<FloodResult> {
  const [pair] = await target.openChats(1, o.operators, 'canary');
  const canary = new Canary(target, pair!);
  const perBlock = Math.ceil(o.messages / o.blocks);
  const phases: Phase[] = Array.from({ length: 2 * o.blocks }, (_, b) => (b % 4 === 1 || b % 4 === 2 ? 'flood' : 'quiet'));
  let hostile = emptyTally();
  let flood: Awaited<ReturnType<typeof startHostile>> | null = null;
  const busy = { quiet: { cpu: 0, wall: 0 }, flood: { cpu: 0, wall: 0 } };
  const pid = target.runtime.pid;
  // A workerd that died or stopped taking connections ends the scenario with the reason, at once.
  const watch = watchRuntime(pid, `${target.runtime.url}${PROBE_PATH}`, WATCH);
  const { signal } = watch;
  try {
    for (const [b, phase] of phases.entries()) {
      if (phase === 'flood') {
        flood = await startHostile(target, pair!.visitorId, `b${b}`, o.openers, signal);
        await pause(o.rampMs, signal);
      }
      const [cpu0, wall0] = [cpuSeconds(pid) ?? 0, performance.now()];
      for (let i = 0; i < perBlock; i++) {
        canary.send('v2o', b, i, phase);
        await pause(GAP_MS / 2, signal);
        canary.send('o2v', b, i, phase);
        await pause(GAP_MS / 2, signal);
      }
      await canary.delivered(o.settleMs, signal);
      busy[phase].cpu += (cpuSeconds(pid) ?? 0) - cpu0;
      busy[phase].wall += (performance.now() - wall0) / 1000;
      if (flood) hostile = mergeTallies(hostile, await flood.stop());
      flood = null;
      await canary.sync(b, o.settleMs, signal);
      // The sync message counts against the canary visitor's limit too.
      await pause(GAP_MS, signal);
    }
  } finally {
    watch.stop();
    await flood?.terminate();
  }
  const lost = await canary.finish();
  const phase = (p: Phase): FloodPhase => ({
    visitorToOperator: summarize(canary.samples[p].v2o),
    operatorToVisitor: summarize(canary.samples[p].o2v),
  });
  return {
    quiet: phase('quiet'),
    flooded: phase('flood'),
    blocks: phases.map((p, b) => ({ phase: p, p99: summarize(canary.byBlock.get(b) ?? []).p99 })),
    lost,
    workerdCores: {
      quiet: Math.round((busy.quiet.cpu / Math.max(busy.quiet.wall, 0.001)) * 100) / 100,
      flood: Math.round((busy.flood.cpu / Math.max(busy.flood.wall, 0.001)) * 100) / 100,
    },
    canaryTrouble: canary.trouble,
    hostileAddress: HOSTILE_ADDRESS,
    hostile,
  };
}
