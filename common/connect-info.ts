import * as v from 'valibot';
import { MAX_ID_CHARS } from './protocol/limits';

/**
 * Who is connecting, as the worker established it (origin resolved, session checked) and hands
 * to the company room with the upgrade request. Only the worker can reach the object, so the
 * room trusts it.
 */
export const ConnectInfoSchema = v.variant('role', [
  v.object({
    role: v.literal('visitor'),
    companyId: v.string(),
    origin: v.string(),
    /** The member running the console's Test chat page, or null for a widget on a registered domain. */
    testChatUserId: v.nullable(v.string()),
    userAgent: v.string(),
    /** The caller's address (`CF-Connecting-IP`), which the room's per-address limits count. */
    address: v.string(),
  }),
  v.object({
    role: v.literal('operator'),
    companyId: v.string(),
    operatorId: v.string(),
    /** The console session behind the socket, so signing that session out closes it (SPEC S). */
    sessionId: v.pipe(v.string(), v.maxLength(MAX_ID_CHARS)),
  }),
]);
export type ConnectInfo = v.InferOutput<typeof ConnectInfoSchema>;

export const CONNECT_HEADER = 'x-parley-connect';

/** The request the worker forwards to the room for a WebSocket upgrade. */
export function connectRequest(url: string, info: ConnectInfo): Request {
  return new Request(url, { headers: { Upgrade: 'websocket', [CONNECT_HEADER]: JSON.stringify(info) } });
}

/** Reads the connect info back inside the room; null when missing or malformed. */
export function readConnectInfo(request: Request): ConnectInfo | null {
  const raw = request.headers.get(CONNECT_HEADER);
  if (!raw) return null;
  try {
    const parsed = v.safeParse(ConnectInfoSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}
