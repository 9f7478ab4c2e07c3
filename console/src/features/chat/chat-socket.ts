import * as v from 'valibot';
import {
  CLOSE_CODES,
  type OperatorClientFrame,
  type OperatorHello,
  type OperatorServerFrame,
  OperatorServerFrameSchema,
  PING_FRAME,
  PING_INTERVAL_MS,
  PONG_FRAME,
  reconnectDelay,
  SILENT_LIMIT_MS,
} from '../../../../common/protocol';

/** The connection as the toolbar shows it. */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'revoked' | 'outdated';

export interface ChatSocketOptions {
  /** The ws:// or wss:// URL of the operator socket. */
  url: string;
  /** Built fresh for every (re)connect, so it resumes what the page shows at that moment. */
  hello: () => OperatorHello;
  onFrame: (frame: OperatorServerFrame) => void;
  onState: (state: ConnectionState, nextRetryAt: number | null) => void;
}

export interface ChatSocket {
  /** Sends a frame if the socket is open and greeted; false means it wasn't sent. */
  send: (frame: OperatorClientFrame) => boolean;
  /** Reconnects now instead of waiting for the backoff (the "Reconnect" button, the browser coming online). */
  retryNow: () => void;
  /** Closes for good (page left). */
  dispose: () => void;
}

/**
 * The chat page's one operator socket: connects, says hello with the chats to resume, keeps the
 * line alive, and reconnects with backoff until disposed. Frames are validated against the shared
 * protocol, so the store only ever sees well-formed ones.
 */
export function createChatSocket(options: ChatSocketOptions): ChatSocket {
  let ws: WebSocket | null = null;
  let ready = false;
  let attempt = 0;
  let disposed = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pingTimer: ReturnType<typeof setInterval> | undefined;
  let lastHeard = 0;

  const connect = () => {
    clearTimeout(retryTimer);
    if (disposed) return;
    options.onState(attempt === 0 ? 'connecting' : 'reconnecting', null);
    const socket = new WebSocket(options.url);
    ws = socket;
    ready = false;
    socket.onopen = () => {
      lastHeard = Date.now();
      socket.send(JSON.stringify(options.hello()));
      pingTimer = setInterval(() => {
        if (Date.now() - lastHeard <= SILENT_LIMIT_MS) return socket.send(PING_FRAME);
        // A dead line may never deliver its close event: give up on it now.
        socket.onclose = null;
        socket.close(4000, 'silent');
        lost(socket, 4000);
      }, PING_INTERVAL_MS);
    };
    socket.onmessage = (event) => {
      lastHeard = Date.now();
      if (typeof event.data !== 'string' || event.data === PONG_FRAME) return;
      const parsed = v.safeParse(OperatorServerFrameSchema, safeJson(event.data));
      if (!parsed.success) return;
      const frame = parsed.output;
      if (frame.type === 'welcome') {
        ready = true;
        attempt = 0;
        options.onState('open', null);
      }
      options.onFrame(frame);
    };
    socket.onclose = (event) => lost(socket, event.code);
  };

  const lost = (socket: WebSocket, code: number) => {
    clearInterval(pingTimer);
    if (ws !== socket) return;
    ws = null;
    ready = false;
    if (disposed) return;
    if (code === CLOSE_CODES.revoked) return options.onState('revoked', null);
    if (code === CLOSE_CODES.unsupportedProtocol) return options.onState('outdated', null);
    const delay = reconnectDelay(attempt++);
    options.onState('reconnecting', Date.now() + delay);
    retryTimer = setTimeout(connect, delay);
  };

  const retryNow = () => {
    if (disposed || ws) return;
    connect();
  };
  const onOnline = () => retryNow();
  window.addEventListener('online', onOnline);
  connect();

  return {
    send(frame) {
      if (!ws || !ready || ws.readyState !== WebSocket.OPEN) return false;
      ws.send(JSON.stringify(frame));
      return true;
    },
    retryNow,
    dispose() {
      disposed = true;
      clearTimeout(retryTimer);
      clearInterval(pingTimer);
      window.removeEventListener('online', onOnline);
      ws?.close(1000, 'page left');
      ws = null;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
