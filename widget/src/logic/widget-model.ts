import type { Availability, OperatorPublic, VisitorClientFrame, WidgetConfig } from '../../../common/protocol';
import type { ParleyEvent, ParleyEvents } from '../boot';
import type { Dictionary } from '../i18n/en';
import type { Saved } from './saved';
import { type Surface, surfaceFor } from './surface';

/** Everything the widget knows: what it saved, what the server said, what the visitor did. */
export interface WidgetState {
  /** Replaced (never changed in place) whenever it changes, so the caller persists on a new identity. */
  saved: Saved;
  /** What the server's `welcome` said, and its pushes since; null before the first (nothing is drawn then). */
  config: WidgetConfig | null;
  availability: Availability | null;
  /** The browser's language preferences, best first. */
  preferred: readonly string[];
  /** The chat language, and its UI dictionary once loaded. */
  language: string;
  t: Dictionary | null;
  /** A `welcome` arrived on the current socket: frames may be sent. */
  connected: boolean;
  /** The socket goes to the company room (`chat=1`), not the visitor's gateway (see `needsRoom`). */
  room: boolean;
  /** The socket dropped and no `welcome` came since. */
  lost: boolean;
  /** The first `welcome` arrived: the widget knows what to show, and shows it. */
  greeted: boolean;
  /** The clientIds already written to the current socket. */
  sent: ReadonlySet<string>;
  /** The category picked for the chat the next message starts. */
  picked: string | null;
  /** The visitor asked for the offline form (after a chat ended, or instead of waiting). */
  showOffline: boolean;
  /** The server was told the visitor is typing. */
  typing: boolean;
  /** Who is typing on the operator's side ('' when unnamed), or null. */
  operatorTyping: string | null;
  operators: Readonly<Record<string, OperatorPublic>>;
}

/** Timers the caller runs; each start replaces the running one of the same name. */
export type Timer = 'typingIdle' | 'operatorTyping' | 'retry';

type Emit = { [E in ParleyEvent]: { type: 'emit'; event: E; detail: ParleyEvents[E] } }[ParleyEvent];

/** What the caller must do after a step, in order. */
export type Effect =
  | { type: 'send'; frame: VisitorClientFrame }
  | Emit
  | { type: 'announce'; text: string }
  | { type: 'chime' }
  | { type: 'timer'; timer: Timer }
  | { type: 'load'; language: string }
  /** Close the socket and open the other one (`room` says which). */
  | { type: 'move' };

/** The moment and the page's visibility, for timestamps and unread counts. */
export interface Context {
  now: number;
  hidden: boolean;
}

/** One step being computed: a copy of the state and the effects collected so far. */
export interface Draft {
  s: WidgetState;
  fx: Effect[];
  ctx: Context;
}

/** A chat is open: started and not ended. */
export const chatOpen = (s: WidgetState): boolean => Boolean(s.saved.chat && !s.saved.ended);

/** What the widget shows on the page (F9); nothing before the server said. */
export function surface(s: WidgetState): Surface {
  return s.availability ? surfaceFor({ ...s.availability, hasChat: Boolean(s.saved.chat) || s.saved.outbox.length > 0 }) : 'none';
}

/** Changes what the widget saves: a new `saved`, so the caller persists it. */
export function patch(s: WidgetState, changes: Partial<Saved>): void {
  s.saved = { ...s.saved, ...changes };
}

/** Queues a frame when a socket is ready for it; false when none is (the state will resend or re-say it). */
export function send(d: Draft, frame: VisitorClientFrame): boolean {
  if (d.s.connected) d.fx.push({ type: 'send', frame });
  return d.s.connected;
}

export function announce(d: Draft, text: string): void {
  d.fx.push({ type: 'announce', text });
}

/** Forgets the chat, its messages and its category. */
export function resetChat(s: WidgetState): void {
  patch(s, { chat: null, ended: null, messages: [], category: null });
  s.picked = null;
}
