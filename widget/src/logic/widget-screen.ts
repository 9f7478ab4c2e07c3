import type { AvailabilityState, ChatMessage, OperatorPublic, WidgetConfig } from '../../../common/protocol';
import type { Dictionary } from '../i18n/en';
import { systemText } from './chat-wording';
import type { Pending } from './outbox';
import type { Saved, SavedChat } from './saved';
import { surface, type WidgetState } from './widget-model';

/** The dialog's body: the chat, the category choice before the first message (F5), or the offline form. */
export function mode(s: WidgetState): 'chat' | 'pick' | 'offline' {
  if (surface(s) === 'offline' || (s.showOffline && s.availability!.offlineForm)) return 'offline';
  return s.saved.chat || s.saved.outbox.length || !s.config!.categoriesEnabled || s.picked ? 'chat' : 'pick';
}

/**
 * Nothing is drawn before the server's welcome said what to show (the launcher, a saved chat),
 * so the config and the availability below are known.
 */
export const drawable = (s: WidgetState): boolean => Boolean(s.t && s.greeted);

/** What the shell draws, derived from the state on every change. */
export interface Screen {
  t: Dictionary;
  language: string;
  visible: boolean;
  open: boolean;
  mode: 'chat' | 'pick' | 'offline';
  available: boolean;
  /** Free, busy or offline (F10). */
  state: AvailabilityState;
  config: WidgetConfig;
  /** The room's socket is welcomed: the chat's receipts may go (a gateway refuses chat frames). */
  connected: boolean;
  /** The socket dropped and is being reopened (a move between the gateway and the room is not a loss). */
  lost: boolean;
  chat: SavedChat | null;
  /** The offline form is offered after the chat only while the company still has it on. */
  ended: Saved['ended'];
  /** Messages and system lines, oldest first, in the visitor's language. */
  items: ChatMessage[];
  /** What the widget says while operators are busy (F10), or null. */
  busy: Busy | null;
  /** The visitor chose the offline form over waiting: offer the way back. */
  canGoBack: boolean;
  pending: Pending[];
  operators: Readonly<Record<string, OperatorPublic>>;
  operatorTyping: string | null;
  unread: number;
  sound: boolean;
}

/**
 * Waiting, told truthfully (F10): before the chat, that operators are busy and the expected wait
 * (`position` null); in the queue, the place and the wait (null when unknown), the offline form
 * one click away (`leave`), and the email the visitor may leave to be answered at (`ask` until
 * they left one). Worded by the lazily loaded busy box.
 */
export interface Busy {
  position: number | null;
  waitSeconds: number | null;
  leave: boolean;
  contact: 'ask' | { email: string } | null;
}

function busy(s: WidgetState): Busy | null {
  const { chat, ended } = s.saved;
  const leave = s.availability!.offlineForm;
  if (chat && !ended) {
    if (chat.status !== 'queued' || chat.queuePosition === null) return null;
    // A chat saved by an older widget has neither field.
    const contact = chat.contactEmail ? { email: chat.contactEmail } : 'ask';
    return { position: chat.queuePosition, waitSeconds: chat.waitEstimateSeconds ?? null, leave, contact };
  }
  const { state, available, waitEstimateSeconds } = s.availability!;
  if (chat || state !== 'busy' || !available || waitEstimateSeconds === undefined) return null;
  return { position: null, waitSeconds: waitEstimateSeconds, leave, contact: null };
}

/** Only for a drawable state. */
export function screen(s: WidgetState, t: Dictionary): Screen {
  const { saved } = s;
  const availability = s.availability!;
  return {
    t,
    language: s.language,
    visible: surface(s) !== 'none',
    open: saved.open,
    mode: mode(s),
    available: availability.available,
    state: availability.state,
    config: s.config!,
    connected: s.connected && s.room,
    lost: s.lost,
    chat: saved.chat,
    ended: saved.ended && { ...saved.ended, offlineForm: saved.ended.offlineForm && availability.offlineForm },
    items: saved.messages.map((m) => (m.author === 'system' ? { ...m, text: systemText(t, m) } : m)),
    busy: busy(s),
    canGoBack: s.showOffline,
    pending: saved.outbox,
    operators: s.operators,
    operatorTyping: s.operatorTyping,
    unread: saved.unread,
    sound: saved.sound,
  };
}
