/**
 * Stored messages per second through one object: senders keep a window of unconfirmed messages
 * in flight. The systems take turns in blocks (floor, Parley, Parley, floor, …) so outside load
 * falls on both alike; each system's rate is its stored messages over its own blocks' time, and
 * `blockRates[b]` pairs up across systems for a paired ratio.
 */
import { sleep } from '../lib/socket-client';
import type { ChatPair, Target } from '../targets/target';

export interface ThroughputOptions {
  chats: number;
  operators: number;
  /** Messages each system stores in all, split evenly over blocks and chats. */
  messages: number;
  blocks: number;
  /** Unconfirmed messages each chat keeps in flight. */
  window: number;
  /** Longest a block may take. */
  blockTimeoutMs: number;
}

export interface ThroughputResult {
  sent: number;
  stored: number;
  seconds: number;
  messagesPerSecond: number;
  /** Each block's rate; block b of each system ran back to back with the other's block b. */
  blockRates: number[];
  timedOut: boolean;
}

/**
 * One block: every chat sends `perChat` messages, the next as each confirmation comes back.
 * Operators send (Parley rate-limits each visitor, by design, far below what one object can
 * store); the confirmation is the sender's own message coming back once it is durable.
 */
async function block(target: Target, pairs: ChatPair[], perChat: number, o: ThroughputOptions, b: number) {
  const next = new Array<number>(pairs.length).fill(0);
  let stored = 0;
  let sent = 0;
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const prefix = `tp ${b} `;
  const sendNext = (chat: number) => {
    if (next[chat]! >= perChat) return;
    pairs[chat]!.operatorSend(`${prefix}${chat} ${next[chat]!++}`);
    sent++;
  };
  const offs = [...new Set(pairs.map((p) => p.operator))].map((socket) =>
    socket.on((frame) => {
      const text = target.messageText(frame);
      if (!text?.startsWith(prefix)) return;
      stored++;
      sendNext(Number(text.split(' ')[2]));
      if (stored === perChat * pairs.length) done();
    }),
  );
  const t0 = performance.now();
  for (let chat = 0; chat < pairs.length; chat++) for (let k = 0; k < o.window; k++) sendNext(chat);
  const timedOut = await Promise.race([finished.then(() => false), sleep(o.blockTimeoutMs).then(() => true)]);
  const seconds = (performance.now() - t0) / 1000;
  for (const off of offs) off();
  return { sent, stored, seconds, timedOut };
}

/** Measures every target with the same load; results come back in the targets' order. */
export async function measureThroughput(
  targets: readonly Target[],
  o: ThroughputOptions,
): Promise<(ThroughputResult | { error: string })[]> {
  const opened: (ChatPair[] | { error: string })[] = [];
  for (const target of targets) {
    try {
      opened.push(await target.openChats(o.chats, o.operators, 'tp'));
    } catch (error) {
      opened.push({ error: (error as Error).message });
    }
  }
  const totals = targets.map(() => ({ sent: 0, stored: 0, seconds: 0, blockRates: [] as number[], timedOut: false }));
  for (let b = 0; b < o.blocks; b++) {
    // ABBA order: neither system always goes first as the machine's load drifts.
    const order = [...targets.keys()];
    if (b % 2 === 1) order.reverse();
    for (const i of order) {
      const pairs = opened[i]!;
      if (!Array.isArray(pairs) || totals[i]!.timedOut) continue;
      const r = await block(targets[i]!, pairs, Math.ceil(o.messages / o.blocks / pairs.length), o, b);
      const t = totals[i]!;
      t.sent += r.sent;
      t.stored += r.stored;
      t.seconds += r.seconds;
      t.timedOut ||= r.timedOut;
      t.blockRates.push(Math.round(r.stored / r.seconds));
      // Let late confirmations of a timed-out block drain before the other system's turn.
      await sleep(200);
    }
  }
  return Promise.all(
    targets.map(async (target, i) => {
      const pairs = opened[i]!;
      if (!Array.isArray(pairs)) return pairs;
      await target.closeChats(pairs);
      const t = totals[i]!;
      return { ...t, seconds: Math.round(t.seconds * 1000) / 1000, messagesPerSecond: Math.round(t.stored / t.seconds) };
    }),
  );
}
