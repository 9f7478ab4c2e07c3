/**
 * The flood's hostile client, run in a worker thread so its send loop never delays the canary's
 * timestamps on the main thread. From one address it keeps `openers` upgrades in flight (past the
 * per-address socket cap they are refused) and pumps every open socket as fast as the room reads
 * it (lib/hostile-frames.ts), until told to stop; then it answers with its tally.
 */
import type { IncomingMessage } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { floodFrame, type HostileIdentity, openingFrame } from '../lib/hostile-frames';
import { count, emptyTally } from '../lib/hostile-tally';

export interface HostileInput extends HostileIdentity {
  /** ws://…/api/widget/connect?key=… */
  url: string;
  /** The one `CF-Connecting-IP` every hostile socket comes from. */
  address: string;
  /** Upgrades kept in flight. */
  openers: number;
}

/** Unwritten bytes per socket before its pump yields: the room's read speed sets the pace. */
const HIGH_WATER = 64 * 1024;
/** Frames a socket sends before letting the other sockets' pumps run. */
const BURST = 32;

const input = workerData as HostileInput;
const tally = emptyTally();
const open = new Set<WebSocket>();
const started = performance.now();
let running = true;
let sockets = 0;

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Sends socket `n`'s frames while the room keeps reading them. */
async function pump(ws: WebSocket, n: number): Promise<void> {
  const send = ({ kind, data }: ReturnType<typeof openingFrame>) => {
    ws.send(data);
    count(tally.sent, kind);
  };
  send(openingFrame(n, input));
  for (let k = 0; running && ws.readyState === WebSocket.OPEN; await yieldToIo()) {
    for (let i = 0; i < BURST && running && ws.readyState === WebSocket.OPEN && ws.bufferedAmount < HIGH_WATER; i++) {
      send(floodFrame(n, k++, input));
    }
  }
}

/**
 * Reads a refused upgrade's answer and closes its connection, as a browser does when a handshake
 * fails. Node's client would otherwise keep the connection alive for a reuse that never comes
 * (the upgrade's `Connection` header makes it keep-alive and no agent owns it) and workerd holds
 * it open too: two descriptors per refusal there, until it can accept no more.
 */
function closeRefused(res: IncomingMessage): void {
  const { socket } = res;
  res.resume();
  res.on('end', () => socket.destroy());
}

/** One upgrade attempt; resolves once it was accepted, refused or failed. */
function attempt(): Promise<void> {
  const n = sockets++;
  return new Promise((resolve) => {
    const ws = new WebSocket(input.url, {
      headers: { Origin: input.origin, 'CF-Connecting-IP': input.address },
      perMessageDeflate: false,
      handshakeTimeout: 10_000,
    });
    let opened = false;
    let refused = false;
    ws.on('unexpected-response', (_req, res) => {
      refused = true;
      count(tally.upgrades.refused, String(res.statusCode));
      closeRefused(res);
      resolve();
    });
    ws.on('error', () => {
      if (!opened && !refused) tally.upgrades.failed++;
      resolve();
    });
    ws.on('open', () => {
      opened = true;
      tally.upgrades.opened++;
      open.add(ws);
      void pump(ws, n);
      resolve();
    });
    ws.on('message', (data, isBinary) => {
      let frame: { type?: unknown; code?: unknown } = {};
      try {
        frame = isBinary ? {} : (JSON.parse(data.toString()) as typeof frame);
      } catch {
        // Counted below as unparsable.
      }
      if (frame.type === 'error') count(tally.errors, String(frame.code));
      else count(tally.frames, typeof frame.type === 'string' ? frame.type : 'unparsable');
    });
    ws.on('close', (code) => {
      open.delete(ws);
      if (opened && running) count(tally.closes, String(code));
    });
  });
}

async function opener(): Promise<void> {
  while (running) await attempt();
}

const openers = Array.from({ length: input.openers }, opener);

parentPort!.once('message', async () => {
  running = false;
  tally.seconds = Math.round((performance.now() - started) / 100) / 10;
  await Promise.all(openers);
  const closing = [...open].map((ws) => new Promise((resolve) => ws.once('close', resolve)));
  for (const ws of open) ws.terminate();
  await Promise.all(closing);
  parentPort!.postMessage(tally);
});
parentPort!.postMessage('flooding');
