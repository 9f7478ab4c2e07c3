import type { ErrorFrame } from '../../common/protocol';

/** Sends already-serialised text to sockets; a socket that is gone is skipped. */
export function sendText(sockets: Iterable<WebSocket>, text: string): void {
  for (const ws of sockets) {
    try {
      ws.send(text);
    } catch {
      // The peer is gone.
    }
  }
}

/** Sends an `error` frame to a socket of either role. */
export function sendError(ws: WebSocket, frame: ErrorFrame): void {
  sendText([ws], JSON.stringify(frame));
}

/**
 * Completes a closing handshake the client started, so its close event fires; the reserved codes
 * 1005/1006 can't be sent back, so they are answered with 1000.
 */
export function answerClose(ws: WebSocket, code: number, reason: string): void {
  try {
    ws.close(code === 1005 || code === 1006 ? 1000 : code, reason);
  } catch {
    // Already closed.
  }
}
