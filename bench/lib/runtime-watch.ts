/**
 * Watches a runtime while a scenario drives it, so a scenario whose runtime died or stopped
 * taking connections fails at once with the reason instead of waiting out every timeout.
 */
import { readFileSync } from 'node:fs';
import { get } from 'node:http';

export interface WatchOptions {
  /** Pause between probes. */
  everyMs: number;
  /** Longest wait for a probe's answer before the runtime counts as stopped. */
  timeoutMs: number;
}

export interface RuntimeWatch {
  /** Aborted, with the failure as its reason, once the process is gone or a probe failed; never by `stop`. */
  readonly signal: AbortSignal;
  stop(): void;
}

/** Whether `pid` is still running (a zombie has exited: only its parent hasn't reaped it yet). */
export function processAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state letter follows the command name, which may contain spaces and parentheses.
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * One GET of `url` on a connection of its own (no agent: a runtime that accepts no new
 * connections, say out of file descriptors, fails it); resolves with the status.
 */
export function probe(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const fail = (error: Error) => reject(signal.aborted ? new Error(`no answer to GET ${url} within ${timeoutMs} ms`) : error);
    const req = get(url, { agent: false, signal }, (res) => {
      res.on('error', fail);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.resume();
    });
    req.on('error', fail);
  });
}

/** Probes `url` every `everyMs` and checks `pid` until stopped; any HTTP answer counts as alive. */
export function watchRuntime(pid: number, url: string, { everyMs, timeoutMs }: WatchOptions): RuntimeWatch {
  const controller = new AbortController();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const exited = () => new Error(`workerd (pid ${pid}) exited`);
  const tick = async () => {
    if (!processAlive(pid)) return controller.abort(exited());
    try {
      await probe(url, timeoutMs);
    } catch (error) {
      const why = processAlive(pid) ? new Error(`workerd (pid ${pid}) stopped answering: ${(error as Error).message}`) : exited();
      if (!stopped) controller.abort(why);
      return;
    }
    if (!stopped) timer = setTimeout(tick, everyMs);
  };
  timer = setTimeout(tick, everyMs);
  return {
    signal: controller.signal,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
