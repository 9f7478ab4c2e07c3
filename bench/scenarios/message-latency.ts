/**
 * Visitor→operator and operator→visitor latency with many chats talking at once. The systems
 * take turns round by round (floor, Parley, Parley, floor, …), so load from outside the bench falls on
 * both alike and the ratio stays meaningful on a busy machine.
 */
import { sleep } from '../lib/socket-client';
import { type Summary, summarize } from '../lib/stats';
import type { ChatPair, Target } from '../targets/target';

export interface LatencyOptions {
  chats: number;
  operators: number;
  /** Measured rounds; each chat sends one message each way per round. */
  rounds: number;
  /** Rounds sent first and not measured (connections and code paths warm up). */
  warmupRounds: number;
  /** Each round's sends are spread at random over this many ms, as real chats are. */
  spreadMs: number;
  /** Time given to each system's round before the next system's round starts. */
  turnMs: number;
  /** Longest wait for the last deliveries after the final round. */
  settleMs: number;
}

export interface LatencyResult {
  chats: number;
  visitorToOperator: Summary;
  operatorToVisitor: Summary;
  /** Measured messages that never arrived within settleMs. */
  lost: number;
  /** p99 of both directions per measured round: one slow round points at a stall, not a trend. */
  roundP99: number[];
}

/** One system's chats, listeners and samples. */
class LatencyRun {
  readonly sentAt = new Map<string, number>();
  readonly samples = { v2o: [] as number[], o2v: [] as number[] };
  readonly byRound = new Map<string, number[]>();
  private readonly offs: (() => void)[] = [];
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    readonly target: Target,
    readonly pairs: ChatPair[],
  ) {
    const listen = (prefix: 'v2o' | 'o2v') => (frame: Record<string, unknown>, at: number) => {
      const text = target.messageText(frame);
      if (!text?.startsWith(prefix)) return;
      const t0 = this.sentAt.get(text);
      if (t0 === undefined) return;
      this.sentAt.delete(text);
      if (text.endsWith(' warm')) return;
      this.samples[prefix].push(at - t0);
      const round = text.split(' ')[2]!;
      this.byRound.set(round, [...(this.byRound.get(round) ?? []), at - t0]);
    };
    for (const socket of new Set(pairs.map((p) => p.operator))) this.offs.push(socket.on(listen('v2o')));
    for (const p of pairs) this.offs.push(p.visitor.on(listen('o2v')));
  }

  /** Schedules one message each way per chat at random moments within `spreadMs`. */
  round(r: number, warm: boolean, spreadMs: number): void {
    const send = (text: string, fn: (t: string) => void) => {
      this.timers.push(
        setTimeout(() => {
          this.sentAt.set(text, performance.now());
          fn(text);
        }, Math.random() * spreadMs),
      );
    };
    const suffix = warm ? 'warm' : 'm';
    for (const p of this.pairs) {
      send(`v2o ${p.index} ${r} ${suffix}`, p.visitorSend);
      send(`o2v ${p.index} ${r} ${suffix}`, p.operatorSend);
    }
  }

  async finish(deadline: number): Promise<LatencyResult> {
    while (this.sentAt.size > 0 && performance.now() < deadline) await sleep(50);
    for (const t of this.timers) clearTimeout(t);
    for (const off of this.offs) off();
    const lost = [...this.sentAt.keys()].filter((t) => !t.endsWith(' warm')).length;
    await this.target.closeChats(this.pairs);
    return {
      chats: this.pairs.length,
      visitorToOperator: summarize(this.samples.v2o),
      operatorToVisitor: summarize(this.samples.o2v),
      lost,
      roundP99: [...this.byRound.values()].map((xs) => summarize(xs).p99),
    };
  }
}

/** Measures every target with the same schedule; results come back in the targets' order. */
export async function measureMessageLatency(targets: readonly Target[], o: LatencyOptions): Promise<(LatencyResult | { error: string })[]> {
  const runs: (LatencyRun | { error: string })[] = [];
  for (const target of targets) {
    try {
      runs.push(new LatencyRun(target, await target.openChats(o.chats, o.operators, 'lat')));
    } catch (error) {
      runs.push({ error: (error as Error).message });
    }
  }
  for (let r = 0; r < o.warmupRounds + o.rounds; r++) {
    // ABBA order, as in the throughput scenario.
    for (const run of r % 2 === 0 ? runs : [...runs].reverse()) {
      if (!(run instanceof LatencyRun)) continue;
      run.round(r, r < o.warmupRounds, o.spreadMs);
      await sleep(o.turnMs);
    }
  }
  const deadline = performance.now() + o.settleMs;
  return Promise.all(runs.map((run) => (run instanceof LatencyRun ? run.finish(deadline) : run)));
}
