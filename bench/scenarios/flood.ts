/**
 * One hostile client floods every visitor frame type at full speed from one address while a
 * canary chat in the same company keeps talking (issue 11, item 3): the canary's p99 flooded
 * against its p99 quiet. Quiet and flooded blocks alternate (quiet, flood, flood, quiet, …) so
 * load from outside the bench falls on both phases alike; each phase's samples are pooled.
 */
import { Worker } from 'node:worker_threads';
import { VISITOR_MESSAGE_BURST, VISITOR_MESSAGE_WINDOW_MS } from '../../common/protocol';
import { emptyTally, type HostileTally, mergeTallies } from '../lib/hostile-tally';
import { cpuSeconds } from '../lib/proc';
import { BENCH_ORIGIN } from '../lib/seed';
import { sleep } from '../lib/socket-client';
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
  async delivered(timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.pending.size > 0 && performance.now() < deadline) await sleep(20);
  }

  /** One unmeasured message each way, delivered: whatever the flood left queued in the room is through. */
  async sync(block: number, timeoutMs: number): Promise<void> {
    this.send('v2o', block, 'sync', null);
    this.send('o2v', block, 'sync', null);
    await this.delivered(timeoutMs);
  }

  async finish(): Promise<number> {
    const lost = [...this.pending.values()].filter((p) => p.phase).length;
    this.ending = true;
    for (const off of this.offs) off();
    await this.target.closeChats([this.pair]);
    return lost;
  }
}

/** The hostile client in its worker thread, flooding from the moment this resolves. */
async function startHostile(target: ParleyTarget, canaryVisitorId: string, runTag: string, openers: number) {
  const workerData: HostileInput = {
    url: target.widgetUrl,
    origin: BENCH_ORIGIN,
    address: HOSTILE_ADDRESS,
    canaryVisitorId,
    runTag,
    openers,
  };
  const worker = new Worker(new URL('./flood-hostile.ts', import.meta.url), { workerData });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  await next<'flooding'>();
  return {
    /** Stops the flood and closes its sockets; resolves with what it sent and got. */
    async stop(): Promise<HostileTally> {
      const tally = next<HostileTally>();
      worker.postMessage('stop');
      const result = await tally;
      await worker.terminate();
      return result;
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
  try {
    for (const [b, phase] of phases.entries()) {
      if (phase === 'flood') {
        flood = await startHostile(target, pair!.visitorId, `b${b}`, o.openers);
        await sleep(o.rampMs);
      }
      const [cpu0, wall0] = [cpuSeconds(pid) ?? 0, performance.now()];
      for (let i = 0; i < perBlock; i++) {
        canary.send('v2o', b, i, phase);
        await sleep(GAP_MS / 2);
        canary.send('o2v', b, i, phase);
        await sleep(GAP_MS / 2);
      }
      await canary.delivered(o.settleMs);
      busy[phase].cpu += (cpuSeconds(pid) ?? 0) - cpu0;
      busy[phase].wall += (performance.now() - wall0) / 1000;
      if (flood) hostile = mergeTallies(hostile, await flood.stop());
      flood = null;
      await canary.sync(b, o.settleMs);
      // The sync message counts against the canary visitor's limit too.
      await sleep(GAP_MS);
    }
  } finally {
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
