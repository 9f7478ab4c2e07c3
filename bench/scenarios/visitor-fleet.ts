/**
 * One client process of the visitor fleet (lib/fleet.ts starts several): it boots or opens
 * greeted visitor sockets for one company and holds them idle, as browsing visitors' widgets do,
 * and answers the parent's commands over IPC. Times cross processes as epoch milliseconds
 * (performance.timeOrigin + performance.now()), which processes on one machine share.
 */
import { randomBytes } from 'node:crypto';
import { PROTOCOL_VERSION, type VisitorClientFrame } from '../../common/protocol';
import { clientAddress } from '../lib/load-split';
import { mapLimit } from '../lib/map-limit';
import { BENCH_LANGUAGE } from '../lib/seed';
import { SocketClient } from '../lib/socket-client';

/** Where the fleet's visitors go, and this process's number (its client addresses). */
export interface FleetInit {
  /** http://127.0.0.1:port of the worker. */
  url: string;
  key: string;
  origin: string;
  process: number;
  /** Bare sockets to the floor (bench/floor) instead of greeted visitor sockets to Parley. */
  floor?: boolean;
}

export type FleetCommand =
  /** Boots (the socket + hello → welcome) due at `startAt` + each offset, ms; the sockets stay open. */
  | { cmd: 'boot'; startAt: number; offsets: number[]; timeoutMs: number }
  /** Opens `count` greeted sockets, `concurrency` at a time. */
  | { cmd: 'open'; count: number; concurrency: number; timeoutMs: number }
  /** From now on, notes when each held socket gets a frame with every field of `match`. */
  | { cmd: 'arm'; match: FrameMatch }
  /** Waits until every armed socket has its frame, or `timeoutMs`; answers the arrival times. */
  | { cmd: 'collect'; timeoutMs: number }
  /** Closes every held socket. */
  | { cmd: 'close' };

/** Fields a frame must have, e.g. `{ type: 'availability', state: 'free' }`. */
export type FrameMatch = Record<string, string>;

export interface BootReply {
  /** Upgrade start → welcome, ms, per successful boot. */
  latencies: number[];
  /** Actual start − due time, ms, per boot: a late client would show here. */
  lateness: number[];
  errors: string[];
  /** Epoch ms of the last boot's end (success or failure). */
  lastDoneAt: number;
}
export interface OpenReply {
  opened: number;
  errors: string[];
}
export interface CollectReply {
  /** Sockets held when armed. */
  armed: number;
  /** Epoch ms of each armed socket's frame. */
  arrivals: number[];
  /** Armed sockets with no frame by the deadline. */
  missing: number;
}
export interface CloseReply {
  closed: number;
  /** Sockets the server closed while they should have stayed open, since the process started. */
  dropped: number;
}

const init = JSON.parse(process.argv[2] ?? '{}') as FleetInit;
const wsBase = init.url.replace(/^http/, 'ws');
const epoch = (at = performance.now()) => performance.timeOrigin + at;
const held = new Set<SocketClient>();
let opened = 0;
let dropped = 0;
let closing = false;
/** The sockets waiting for an availability frame, between `arm` and `collect`. */
interface Armed {
  sockets: number;
  arrivals: number[];
  pending: Set<SocketClient>;
  offs: (() => void)[];
  complete: Promise<void>;
  settle(): void;
}
let armed: Armed | null = null;

/** A new visitor's socket URL, as the widget's loader opens it: `visitor=` picks the visitor's gateway. */
const idleUrl = (visitorId: string) => `${wsBase}/api/widget/connect?key=${encodeURIComponent(init.key)}&visitor=${visitorId}`;

/**
 * One widget boot as the loader and app do it, for a new visitor: one request, the socket, and
 * its hello until the welcome (which carries the config and the availability).
 */
async function boot(timeoutMs: number): Promise<{ ms: number } | { error: string }> {
  const address = clientAddress(init.process, opened++);
  const visitorId = `v${randomBytes(12).toString('base64url')}`;
  const start = performance.now();
  try {
    const socket = await greet(idleUrl(visitorId), visitorId, address, timeoutMs);
    return { ms: socket.at - start };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Opens a visitor socket and says hello as a new visitor; resolves once welcomed (the socket is then held). */
async function greet(url: string, visitorId: string, address: string, timeoutMs: number): Promise<{ at: number }> {
  const socket = await SocketClient.open(url, { origin: init.origin, address, timeoutMs });
  try {
    const welcome = socket.waitFor((f) => f.type === 'welcome' || f.type === 'error', timeoutMs, 'visitor welcome');
    socket.send({
      type: 'hello',
      protocol: PROTOCOL_VERSION,
      visitorId,
      visitorSecret: randomBytes(24).toString('base64url'),
      language: BENCH_LANGUAGE,
      category: null,
      page: { url: `${init.origin}/products`, title: 'Products', referrer: '' },
    } satisfies VisitorClientFrame);
    const { frame, at } = await welcome;
    if (frame.type === 'error') throw new Error(`hello refused: ${JSON.stringify(frame).slice(0, 160)}`);
    hold(socket);
    return { at };
  } catch (error) {
    socket.close();
    throw error;
  }
}

function hold(socket: SocketClient): void {
  held.add(socket);
  void socket.closed.then(() => {
    if (!closing && held.delete(socket)) dropped++;
    // A socket closed while armed gets no frame: it counts as dropped, not as missing.
    if (armed?.pending.delete(socket) && armed.pending.size === 0) armed.settle();
  });
}

async function runBoots(c: Extract<FleetCommand, { cmd: 'boot' }>): Promise<BootReply> {
  const latencies: number[] = [];
  const lateness: number[] = [];
  const errors: string[] = [];
  let lastDoneAt = 0;
  const runs: Promise<void>[] = [];
  for (const offset of c.offsets) {
    const due = c.startAt + offset;
    const wait = due - epoch();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lateness.push(Math.max(0, epoch() - due));
    runs.push(
      boot(c.timeoutMs).then((outcome) => {
        if ('ms' in outcome) latencies.push(outcome.ms);
        else errors.push(outcome.error);
        lastDoneAt = Math.max(lastDoneAt, epoch());
      }),
    );
  }
  await Promise.all(runs);
  return { latencies, lateness, errors, lastDoneAt };
}

async function openIdle(c: Extract<FleetCommand, { cmd: 'open' }>): Promise<OpenReply> {
  const errors: string[] = [];
  await mapLimit(c.count, c.concurrency, async () => {
    const n = opened++;
    if (init.floor) {
      const url = `${wsBase}/connect?id=idle-${init.process}-${n}`;
      await SocketClient.open(url, { timeoutMs: c.timeoutMs }).then(hold, (error: Error) => errors.push(error.message));
      return;
    }
    const visitorId = `v${randomBytes(12).toString('base64url')}`;
    await greet(idleUrl(visitorId), visitorId, clientAddress(init.process, n), c.timeoutMs).catch((error: Error) =>
      errors.push(error.message),
    );
  });
  return { opened: c.count - errors.length, errors };
}

function arm(match: FrameMatch): void {
  let settle = () => {};
  const complete = new Promise<void>((resolve) => (settle = resolve));
  const a: Armed = { sockets: held.size, arrivals: [], pending: new Set(held), offs: [], complete, settle };
  a.offs = [...held].map((socket) =>
    socket.on((frame, at) => {
      if (!Object.entries(match).every(([key, value]) => frame[key] === value) || !a.pending.delete(socket)) return;
      a.arrivals.push(epoch(at));
      if (a.pending.size === 0) a.settle();
    }),
  );
  if (a.pending.size === 0) settle();
  armed = a;
}

async function collect(timeoutMs: number): Promise<CollectReply> {
  const a = armed;
  if (!a) throw new Error('collect without arm');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([a.complete, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
  for (const off of a.offs) off();
  armed = null;
  return { armed: a.sockets, arrivals: a.arrivals, missing: a.pending.size };
}

async function closeHeld(): Promise<CloseReply> {
  closing = true;
  const sockets = [...held];
  held.clear();
  for (const s of sockets) s.close();
  await Promise.race([Promise.all(sockets.map((s) => s.closed)), new Promise((r) => setTimeout(r, 10_000))]);
  closing = false;
  return { closed: sockets.length, dropped };
}

async function handle(c: FleetCommand): Promise<unknown> {
  switch (c.cmd) {
    case 'boot':
      return runBoots(c);
    case 'open':
      return openIdle(c);
    case 'arm':
      return arm(c.match);
    case 'collect':
      return collect(c.timeoutMs);
    case 'close':
      return closeHeld();
  }
}

process.on('message', (message: { id: number; command: FleetCommand }) => {
  handle(message.command).then(
    (result) => process.send?.({ id: message.id, result: result ?? null }),
    (error: Error) => process.send?.({ id: message.id, error: error.message }),
  );
});
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
