/**
 * What the flood scenario's hostile client sends: every visitor frame type, valid and at full
 * speed, and every kind of malformed frame. Pure; no I/O.
 */
import { MAX_FRAME_BYTES, PROTOCOL_VERSION, type VisitorClientFrame } from '../../common/protocol';

/** After its `hello`, each hostile socket sends these in turn until the room closes it. */
export const FLOOD_CYCLE = [
  'hello_repeat',
  'update',
  'typing',
  'message',
  'close',
  'contact',
  'rate',
  'receipt',
  'bad_json',
  'binary',
  'oversize',
  'unknown_type',
  'invalid_fields',
] as const;
export type HostileKind = 'hello' | 'hello_hijack' | (typeof FLOOD_CYCLE)[number];

export interface HostileFrame {
  kind: HostileKind;
  /** Text frames as sent; a Uint8Array goes out as a binary frame. */
  data: string | Uint8Array;
}

/** Who the hostile client pretends to be. */
export interface HostileIdentity {
  /** The registered domain's origin the widget would send. */
  origin: string;
  /** The canary chat's visitor id, which every tenth socket tries to take over. */
  canaryVisitorId: string;
  /** Unique per flood block, so fresh visitor ids stay fresh. */
  runTag: string;
}

/** Even sockets share these few visitor ids like tabs do, so their messages land in open chats. */
const TAB_IDS = 4;
const padSecret = (s: string) => s.padEnd(32, '0');

function hello(n: number, who: HostileIdentity, visitorId: string, visitorSecret: string): string {
  return JSON.stringify({
    type: 'hello',
    protocol: PROTOCOL_VERSION,
    visitorId,
    visitorSecret,
    language: 'en',
    category: null,
    page: { url: `${who.origin}/flood/${n}`, title: 'Flood', referrer: '' },
  } satisfies VisitorClientFrame);
}

/**
 * The first frame of hostile socket `n`: every tenth names the canary's visitor id with a guessed
 * secret (a hijack, answered with 4403); even sockets greet as one of a few shared visitors, odd
 * ones as a new visitor each, whose first message asks for a new chat.
 */
export function openingFrame(n: number, who: HostileIdentity): HostileFrame {
  if (n % 10 === 9) return { kind: 'hello_hijack', data: hello(n, who, who.canaryVisitorId, padSecret(`guess-${n}-`)) };
  const id = n % 2 === 0 ? `hostile-tab-${(n / 2) % TAB_IDS}` : `hostile-${who.runTag}-${n}`;
  return { kind: 'hello', data: hello(n, who, id, padSecret(`${id}-secret-`)) };
}

/** Frame `k` (0, 1, …) that hostile socket `n` sends after its opening frame. */
export function floodFrame(n: number, k: number, who: HostileIdentity): HostileFrame {
  const kind = FLOOD_CYCLE[k % FLOOD_CYCLE.length]!;
  const json = (frame: unknown) => ({ kind, data: JSON.stringify(frame) });
  switch (kind) {
    case 'hello_repeat':
      return { kind, data: openingFrame(n, who).data };
    case 'update':
      return json({
        type: 'update',
        language: 'en',
        page: { url: `${who.origin}/p/${k}`, title: `Page ${k}`, referrer: '' },
      } satisfies VisitorClientFrame);
    case 'typing':
      // With a draft, as a hostile widget pushes one whether or not the company has the typing preview on (F21).
      return json({ type: 'typing', typing: k % 2 === 0, draft: `flood ${n} ${k}` } satisfies VisitorClientFrame);
    case 'message':
      return json({ type: 'message', clientId: `h${n}-${k}`, text: `flood ${n} ${k}` } satisfies VisitorClientFrame);
    case 'close':
      return json({ type: 'close' } satisfies VisitorClientFrame);
    case 'contact':
      return json({ type: 'contact', email: `flood-${n}-${k}@example.test` } satisfies VisitorClientFrame);
    case 'rate':
      // A chat the socket doesn't own (or none): refused, as every rating but the chat's visitor's.
      return json({ type: 'rate', chatId: `c_h${n}x${k}`, rating: 'bad', comment: 'flood' } satisfies VisitorClientFrame);
    case 'receipt':
      // Marks for a chat the socket doesn't own: refused, as every receipt but the chat's own sides'.
      return json({ type: 'receipt', chatId: `c_h${n}x${k}`, delivered: k, seen: k } satisfies VisitorClientFrame);
    case 'bad_json':
      return { kind, data: '{"type":"message","clientId":' };
    case 'binary':
      return { kind, data: new Uint8Array([0x7b, 0x00, 0xff, 0x7d]) };
    case 'oversize':
      return json({ type: 'message', clientId: `o${k}`, text: 'x'.repeat(MAX_FRAME_BYTES + 1) });
    case 'unknown_type':
      // An operator's frame on a visitor socket.
      return json({ type: 'transfer', chatId: 'c_x', toOperatorId: 'u_x' });
    case 'invalid_fields':
      return json({ type: 'message', clientId: 'not an id', text: '' });
  }
}
