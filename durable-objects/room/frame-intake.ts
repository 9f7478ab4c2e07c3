import { OperatorClientFrameSchema, VisitorClientFrameSchema } from '../../common/protocol';
import type { FrameAbuse } from '../visitor/frame-abuse';
import { decodeFrame } from '../visitor/frames';
import { onOperatorFrame } from './operator-session';
import type { RoomServices } from './services';
import type { Attachment } from './sockets';
import { hashVisitorSecret } from './visitor-secret';
import { onVisitorFrame } from './visitor-session';

/**
 * Decodes what a client sent by its socket's role and hands the frame to the visitor or operator
 * session; a frame that doesn't decode counts against the socket (frame-abuse.ts).
 */
export async function takeFrame(
  room: RoomServices,
  abuse: FrameAbuse<Attachment>,
  ws: WebSocket,
  a: Attachment,
  raw: string | ArrayBuffer,
  now: number,
): Promise<void> {
  if (a.role === 'visitor') {
    const decoded = decodeFrame(raw, VisitorClientFrameSchema);
    if (!decoded.ok) return abuse.reject(ws, decoded.error, now);
    const { frame } = decoded;
    if (frame.type !== 'hello') return onVisitorFrame(room, ws, a, frame, now);
    // The secret goes no further than its hash.
    const { visitorSecret, ...hello } = frame;
    onVisitorFrame(room, ws, a, { ...hello, secretHash: visitorSecret ? await hashVisitorSecret(visitorSecret) : null }, now);
  } else {
    const decoded = decodeFrame(raw, OperatorClientFrameSchema);
    if (!decoded.ok) return abuse.reject(ws, decoded.error, now);
    onOperatorFrame(room, ws, a, decoded.frame, now);
  }
}
