import type { VisitorClientFrame, VisitorServerFrame } from '../../../common/protocol';
import { PING_FRAME, PING_INTERVAL_MS, reconnectDelay, SILENT_LIMIT_MS } from '../../../common/protocol/client';
import { CLOSE_CODES } from '../../../common/protocol/limits';

export interface ConnectionHooks {
  /** A socket opened: send `hello` now. */
  open(): void;
  frame(frame: VisitorServerFrame): void;
  /** The socket is gone; a reconnect is scheduled. */
  down(): void;
  /** The server refused for good (site removed, protocol changed): the widget stops. */
  fatal(): void;
}

export interface Connection {
  /** Writes a frame; false when no socket is open (the caller keeps it for the next one). */
  send(frame: VisitorClientFrame): boolean;
  /** Closes the socket (the caller knows it is gone) and opens a new one at once, to the URL the caller now names. */
  move(): void;
}

/**
 * The visitor's WebSocket, reconnected with exponential backoff and jitter. The browser's
 * offline/online events drop and restore it at once instead of waiting for TCP timeouts.
 * `first` is the socket the loader opened (the boot's one request); `url` is asked before each
 * later socket opens: the caller picks the gateway or the room (issue 17).
 */
export function connect(url: () => string, hooks: ConnectionHooks, first: WebSocket): Connection {
  let ws: WebSocket | null = null;
  let attempt = 0;
  let retry = 0;
  let lastSeen = 0;
  let stopped = false;

  /** Closes the socket without a word from it; false when there was none. */
  const shut = () => {
    const old = ws;
    if (!old) return false;
    ws = null;
    old.onopen = old.onmessage = old.onclose = null;
    old.close();
    return true;
  };
  const drop = () => {
    if (!shut()) return;
    hooks.down();
    schedule(reconnectDelay(attempt++));
  };
  const schedule = (ms: number) => {
    clearTimeout(retry);
    retry = setTimeout(open, ms) as unknown as number;
  };
  const opened = () => {
    lastSeen = Date.now();
    hooks.open();
  };
  const open = () => {
    if (!stopped && !ws && navigator.onLine) adopt(new WebSocket(url()));
  };
  const adopt = (socket: WebSocket) => {
    ws = socket;
    socket.onopen = opened;
    socket.onmessage = (e) => {
      lastSeen = Date.now();
      attempt = 0;
      const frame = JSON.parse(String(e.data)) as VisitorServerFrame | { type: 'pong' };
      if (frame.type !== 'pong') hooks.frame(frame);
    };
    socket.onclose = (e) => {
      if (e.code === CLOSE_CODES.revoked || e.code === CLOSE_CODES.unsupportedProtocol) {
        stopped = true;
        ws = null;
        return hooks.fatal();
      }
      drop();
    };
  };

  setInterval(() => {
    if (ws?.readyState !== WebSocket.OPEN) return;
    if (Date.now() - lastSeen > SILENT_LIMIT_MS) return drop();
    ws.send(PING_FRAME);
  }, PING_INTERVAL_MS);
  addEventListener('offline', drop);
  addEventListener('online', () => {
    attempt = 0;
    if (!ws) schedule(0);
  });
  adopt(first);
  // Once the caller holds the connection (its hello goes through `send`). A socket that closed
  // while the app chunk loaded, unheard, is reconnected as after any drop.
  queueMicrotask(() => (first.readyState === WebSocket.OPEN ? opened() : drop()));

  return {
    send(frame) {
      if (ws?.readyState !== WebSocket.OPEN) return false;
      ws.send(JSON.stringify(frame));
      return true;
    },
    move() {
      shut();
      attempt = 0;
      schedule(0);
    },
  };
}
