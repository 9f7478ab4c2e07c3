import type { ChatMessage, OperatorPublic, WidgetConfig } from '../../../common/protocol';
import type { Dictionary } from '../i18n/en';
import type { Pending } from './outbox';
import { type Saved, type SavedChat, surface, type WidgetState } from './widget-state';

/** The dialog's body: the chat, the category choice before the first message (F5), or the offline form. */
export function mode(s: WidgetState): 'chat' | 'pick' | 'offline' {
  if (surface(s) === 'offline' || (s.showOffline && s.availability.offlineForm)) return 'offline';
  return s.saved.chat || s.saved.outbox.length || !s.config.categoriesEnabled || s.picked ? 'chat' : 'pick';
}

/** Nothing is drawn before the server has said what to show, unless a chat is on screen already. */
export const drawable = (s: WidgetState): boolean => Boolean(s.t && (s.greeted || s.saved.chat));

/** What the shell draws, derived from the state on every change. */
export interface Screen {
  t: Dictionary;
  language: string;
  visible: boolean;
  open: boolean;
  mode: 'chat' | 'pick' | 'offline';
  available: boolean;
  config: WidgetConfig;
  connected: boolean;
  chat: SavedChat | null;
  /** The offline form is offered after the chat only while the company still has it on. */
  ended: Saved['ended'];
  /** Messages and notices, oldest first. */
  items: ChatMessage[];
  pending: Pending[];
  operators: Readonly<Record<string, OperatorPublic>>;
  operatorTyping: string | null;
  unread: number;
  sound: boolean;
}

export function screen(s: WidgetState, t: Dictionary): Screen {
  const { saved } = s;
  return {
    t,
    language: s.language,
    visible: surface(s) !== 'none',
    open: saved.open,
    mode: mode(s),
    available: s.availability.available,
    config: s.config,
    connected: s.connected,
    chat: saved.chat,
    ended: saved.ended && { ...saved.ended, offlineForm: saved.ended.offlineForm && s.availability.offlineForm },
    items: [...saved.messages, ...s.notices].sort((a, b) => a.at - b.at),
    pending: saved.outbox,
    operators: s.operators,
    operatorTyping: s.operatorTyping,
    unread: saved.unread,
    sound: saved.sound,
  };
}
