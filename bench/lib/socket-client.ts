/** A thin WebSocket client for the bench: JSON frames, awaited conditions, bounded waits. */
import WebSocket from 'ws';
import { mapLimit } from './map-limit';

type Frame = Record<string, unknown> & { type?: string };
type Listener = (frame: Frame, at: number) => void;

/**
 * Connection options: the headers a browser would send (Origin, Cookie), and the client address
 * Cloudflare would report (`CF-Connecting-IP`; locally the client sets it, so load spreads over many).
 */
export interface OpenOptions {
  origin?: string;
  cookie?: string;
  address?: string;
  timeoutMs?: number;
}

/** One open socket. Frames are parsed once and handed to every listener with their arrival time. */
export class SocketClient {
  readonly closed: Promise<{ code: number; reason: string }>;
  private listeners = new Set<Listener>();

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const at = performance.now();
      let frame: Frame;
      try {
        frame = JSON.parse(data.toString()) as Frame;
      } catch {
        frame = { type: '__unparsable', raw: data.toString() };
      }
      for (const listener of this.listeners) listener(frame, at);
    });
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  /** Opens a socket; rejects on refusal (with the HTTP status when the upgrade was refused) or timeout. */
  static open(url: string, options: OpenOptions = {}): Promise<SocketClient> {
    const headers: Record<string, string> = {};
    if (options.origin) headers.Origin = options.origin;
    if (options.cookie) headers.Cookie = options.cookie;
    if (options.address) headers['CF-Connecting-IP'] = options.address;
    const ws = new WebSocket(url, { headers, handshakeTimeout: options.timeoutMs ?? 10_000, perMessageDeflate: false });
    const client = new SocketClient(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(client));
      ws.once('unexpected-response', (_req, res) => {
        // Node keeps a refused upgrade's connection alive for a reuse that never comes: close it, as a browser does.
        const { socket } = res;
        let body = '';
        res.on('data', (d: Buffer) => (body += d));
        res.on('end', () => {
          socket.destroy();
          reject(new Error(`upgrade refused: ${res.statusCode} ${body.slice(0, 200)}`));
        });
      });
      ws.once('error', reject);
    });
  }

  /** Adds a listener for every later frame; returns its remover. */
  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(frame: unknown): void {
    this.ws.send(JSON.stringify(frame));
  }

  /** Resolves with the first later frame that matches, or rejects after `timeoutMs`. */
  waitFor(match: (frame: Frame) => boolean, timeoutMs: number, what = 'frame'): Promise<{ frame: Frame; at: number }> {
    return new Promise((resolve, reject) => {
      // What came instead, so a timeout says why (an error frame, a close) rather than only that.
      const others: string[] = [];
      const timer = setTimeout(() => {
        off();
        const seen = others.length > 0 ? `; got ${others.join(', ')}` : '; got no frame';
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}`));
      }, timeoutMs);
      const off = this.on((frame, at) => {
        if (!match(frame)) {
          if (others.length < 5) others.push(JSON.stringify(frame).slice(0, 160));
          return;
        }
        clearTimeout(timer);
        off();
        resolve({ frame, at });
      });
    });
  }

  close(): void {
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) this.ws.terminate();
  }
}

/** Opens `count` sockets, at most `concurrency` handshakes at a time; failures are counted, not thrown. */
export async function openMany(
  count: number,
  open: (i: number) => Promise<SocketClient>,
  concurrency: number,
): Promise<{ clients: SocketClient[]; errors: string[] }> {
  const outcomes = await mapLimit(count, concurrency, (i) =>
    open(i).then(
      (client) => ({ client }),
      (error: Error) => ({ error: error.message }),
    ),
  );
  return {
    clients: outcomes.flatMap((o) => ('client' in o ? [o.client] : [])),
    errors: outcomes.flatMap((o) => ('error' in o ? [o.error] : [])),
  };
}

/** Closes every socket and waits (bounded) for the closes to land. */
export async function closeAll(clients: readonly SocketClient[], timeoutMs = 10_000): Promise<void> {
  for (const c of clients) c.close();
  await Promise.race([Promise.all(clients.map((c) => c.closed)), new Promise((r) => setTimeout(r, timeoutMs))]);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
