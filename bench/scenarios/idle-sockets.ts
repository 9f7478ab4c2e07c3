/** Idle visitor sockets held by one object, and what each costs in workerd's resident memory. */
import { rssKb } from '../lib/proc';
import { closeAll, openMany, type SocketClient, sleep } from '../lib/socket-client';
import type { Target } from '../targets/target';

export interface IdleOptions {
  /** Cumulative socket counts to measure at, ascending (e.g. 1000, 5000, 10000). */
  levels: number[];
  concurrency: number;
  /** Pause before each memory reading so workerd settles. */
  settleMs: number;
}

export interface IdleLevel {
  sockets: number;
  rssKb: number;
  kbPerSocket: number;
}

export interface IdleResult {
  baselineRssKb: number;
  levels: IdleLevel[];
  /** Failed connects plus sockets the server closed while they should have stayed open. */
  errors: number;
  errorSamples: string[];
}

export async function measureIdleSockets(target: Target, o: IdleOptions): Promise<IdleResult> {
  const pid = target.runtime.pid;
  // One socket first, so the object is awake and its code paths loaded before the baseline.
  const first = await target.openIdleVisitor(0, 'idle-warm');
  await sleep(o.settleMs);
  const baselineRssKb = rssKb(pid) ?? Number.NaN;
  const held: SocketClient[] = [first];
  const errors: string[] = [];
  let unexpectedCloses = 0;
  let closing = false;
  const watch = (c: SocketClient) => void c.closed.then(() => (closing ? undefined : unexpectedCloses++));
  watch(first);

  const levels: IdleLevel[] = [];
  let opened = 0;
  for (const level of o.levels) {
    const batch = await openMany(level - opened, (i) => target.openIdleVisitor(opened + i, 'idle'), o.concurrency);
    batch.clients.forEach(watch);
    held.push(...batch.clients);
    errors.push(...batch.errors);
    opened = level;
    await sleep(o.settleMs);
    const rss = rssKb(pid) ?? Number.NaN;
    levels.push({
      sockets: held.length - 1,
      rssKb: rss,
      kbPerSocket: Math.round(((rss - baselineRssKb) / Math.max(1, held.length - 1)) * 10) / 10,
    });
  }
  closing = true;
  await closeAll(held);
  const summary = [...new Set(errors)].slice(0, 5);
  return {
    baselineRssKb,
    levels,
    errors: errors.length + unexpectedCloses,
    errorSamples: unexpectedCloses ? [...summary, `${unexpectedCloses} closed by the server`] : summary,
  };
}
