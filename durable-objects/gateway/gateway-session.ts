import { pickLanguage } from '../../common/pick-language';
import {
  CLOSE_CODES,
  PROTOCOL_VERSION,
  VISITOR_FRAME_BUDGETS,
  type VisitorClientFrame,
  VisitorClientFrameSchema,
  type VisitorServerFrame,
} from '../../common/protocol';
import type { FrameAbuse } from '../visitor/frame-abuse';
import { takeToken } from '../visitor/frame-budget';
import { decodeFrame, errorFrame } from '../visitor/frames';
import { type GatewayView, needAvailability } from '../visitor/gateway-view';
import { sendText } from '../visitor/send-text';
import type { GatewayAttachment, GatewaySockets } from './gateway-sockets';

/** What a gateway's frame handling works with. */
export interface GatewayServices {
  sockets: GatewaySockets;
  abuse: FrameAbuse<GatewayAttachment>;
  view: GatewayView;
}

/**
 * Handles one frame from an idle widget on a gateway: `hello` is answered with the company's
 * widget config and the availability of the visitor's need, `update` changes the need; every
 * chat frame is refused with `chat_socket_required` (the widget opens its chat on the room, with
 * `chat=1`). Every frame type spends from its budget, as in the room.
 */
export function onGatewayFrame(g: GatewayServices, ws: WebSocket, a: GatewayAttachment, raw: string | ArrayBuffer, now: number): void {
  const decoded = decodeFrame(raw, VisitorClientFrameSchema);
  if (!decoded.ok) return g.abuse.reject(ws, decoded.error, now);
  const { frame } = decoded;
  if (frame.type === 'hello') return hello(g, ws, a, frame, now);
  if (a.visitorId === null) return g.abuse.reject(ws, errorFrame('not_ready', 'Send hello first.', frame.type), now);
  const budget = takeToken(a.budgets[frame.type], VISITOR_FRAME_BUDGETS[frame.type], now);
  if (!budget) return g.abuse.reject(ws, errorFrame('rate_limited', 'Too many frames; slow down.', frame.type), now);
  const spent: GatewayAttachment = { ...a, budgets: { ...a.budgets, [frame.type]: budget } };
  g.sockets.set(ws, spent);
  if (frame.type === 'update') return update(g, ws, spent, frame, now);
  g.abuse.reject(ws, errorFrame('chat_socket_required', 'Open the chat socket (chat=1) for this.', frame.type), now);
}

function hello(
  g: GatewayServices,
  ws: WebSocket,
  a: GatewayAttachment,
  frame: Extract<VisitorClientFrame, { type: 'hello' }>,
  now: number,
) {
  if (frame.protocol !== PROTOCOL_VERSION) {
    g.abuse.reject(ws, errorFrame('unsupported_protocol', `This server speaks protocol ${PROTOCOL_VERSION}.`, 'hello'), now);
    return ws.close(CLOSE_CODES.unsupportedProtocol, 'unsupported protocol');
  }
  if (a.visitorId !== null) return g.abuse.reject(ws, errorFrame('already_ready', 'hello was already accepted.', 'hello'), now);
  const category = knownCategory(g, ws, frame.category ?? null, 'hello', now);
  // The widget greets before it knows the company's languages: one it lacks is served in the default, as in the room.
  const language = pickLanguage([], g.view.config.languages, frame.language) ?? frame.language;
  const ready: GatewayAttachment = { ...a, visitorId: frame.visitorId, language, category };
  g.sockets.set(ws, ready);
  reply(ws, {
    type: 'welcome',
    protocol: PROTOCOL_VERSION,
    config: g.view.config,
    availability: needAvailability(g.view, ready),
    chat: null,
  });
}

function update(
  g: GatewayServices,
  ws: WebSocket,
  a: GatewayAttachment,
  frame: Extract<VisitorClientFrame, { type: 'update' }>,
  now: number,
) {
  const next: GatewayAttachment = {
    ...a,
    language: frame.language ?? a.language,
    category: frame.category === undefined ? a.category : knownCategory(g, ws, frame.category, 'update', now),
  };
  g.sockets.set(ws, next);
  // Only this socket's availability can have changed, and the gateway's table has it.
  if (next.language !== a.language || next.category !== a.category) reply(ws, { type: 'availability', ...needAvailability(g.view, next) });
}

/** A category the company has, or null (with an error frame) for one it doesn't. */
function knownCategory(g: GatewayServices, ws: WebSocket, category: string | null, ref: string, now: number): string | null {
  if (category === null || g.view.config.categories.some((c) => c.id === category)) return category;
  g.abuse.reject(ws, errorFrame('unknown_category', 'This company has no such category.', ref), now);
  return null;
}

function reply(ws: WebSocket, frame: VisitorServerFrame): void {
  sendText([ws], JSON.stringify(frame));
}
