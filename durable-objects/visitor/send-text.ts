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
