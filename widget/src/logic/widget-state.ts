import { primaryTag } from '../../../common/pick-language';
import type { Attachment, PageInfo, VisitorServerFrame } from '../../../common/protocol';
import { MAX_TEXT_CHARS, PROTOCOL_VERSION } from '../../../common/protocol/limits';
import type { Dictionary } from '../i18n/en';
import { enqueue } from './outbox';
import type { Saved } from './saved';
import { onFrame } from './server-frames';
import { needsRoom } from './socket-target';
import { flush, follow, setLanguage, setOpen, stopTyping, typingFrame } from './widget-actions';
import {
  type Context,
  chatOpen,
  type Draft,
  type Effect,
  patch,
  resetChat,
  send,
  surface,
  type Timer,
  type WidgetState,
} from './widget-model';

/** Everything that can happen to the widget: socket events, server frames, the visitor's actions, timers. */
export type Input =
  | { type: 'connected'; page: PageInfo }
  | { type: 'disconnected' }
  /** Another tab of this site saved its state. */
  | { type: 'tab'; saved: Saved }
  | { type: 'frame'; frame: VisitorServerFrame }
  | { type: 'dictionary'; language: string; t: Dictionary }
  | { type: 'open'; open: boolean }
  | { type: 'send'; text: string; clientId: string; attachments?: Attachment[] }
  | { type: 'typing'; text: string }
  | { type: 'draft'; text: string }
  | { type: 'pick'; category: string }
  | { type: 'end' }
  | { type: 'again' }
  | { type: 'leave' }
  | { type: 'back' }
  | { type: 'contact'; email: string }
  | { type: 'sound' }
  | { type: 'language'; code: string }
  | { type: 'timer'; timer: Timer };

/**
 * The widget before the server said anything: the hello's language is the one last used, else the
 * visitor's choice, else the browser's first; the welcome's config then picks among the company's
 * (the server serves a language it lacks in its default meanwhile).
 */
export function initialState(saved: Saved, preferred: readonly string[]): WidgetState {
  const operator = saved.chat?.operator;
  return {
    saved,
    config: null,
    availability: null,
    preferred,
    language: saved.lastLanguage ?? saved.language ?? primaryTag(preferred[0] ?? 'en'),
    t: null,
    connected: false,
    room: needsRoom(saved),
    lost: false,
    greeted: false,
    sent: new Set(),
    picked: saved.chat ? saved.category : null,
    showOffline: false,
    typing: false,
    operatorTyping: null,
    operators: operator ? { [operator.id]: operator } : {},
  };
}

/** What `hello.resume` names: the open chat and the last seq the widget shows. */
function resumeOf(s: WidgetState): { chatId: string; lastSeq: number } | undefined {
  const { chat, messages } = s.saved;
  return chatOpen(s) ? { chatId: chat!.id, lastSeq: messages[messages.length - 1]?.seq ?? 0 } : undefined;
}

/**
 * Applies one input (pure): returns the next state (the given one when nothing changed) and the
 * effects to perform, in order. The widget never stays open where it shows nothing (F9).
 */
export function step(state: WidgetState, input: Input, ctx: Context): { state: WidgetState; effects: Effect[] } {
  const d: Draft = { s: { ...state }, fx: [], ctx };
  const { s } = d;
  switch (input.type) {
    case 'connected': {
      const resume = resumeOf(s);
      d.fx.push({
        type: 'send',
        frame: {
          type: 'hello',
          protocol: PROTOCOL_VERSION,
          visitorId: s.saved.visitorId,
          visitorSecret: s.saved.visitorSecret,
          language: s.language,
          category: resume ? s.saved.category : null,
          page: input.page,
          resume,
        },
      });
      break;
    }
    case 'disconnected':
      s.connected = s.typing = false;
      s.lost = true;
      break;
    case 'tab': {
      // Another tab started a chat: this one shows it too, from the room, whose welcome brings the rest (its category too).
      const { visitorId, chat, ended, messages } = input.saved;
      if (visitorId === s.saved.visitorId && chat && !ended && chat.id !== s.saved.chat?.id) patch(s, { chat, ended, messages });
      break;
    }
    case 'frame':
      onFrame(d, input.frame);
      break;
    case 'dictionary':
      // A late answer for a language the visitor already left is dropped.
      if (input.language === s.language) s.t = input.t;
      break;
    case 'open':
      setOpen(d, input.open);
      break;
    case 'send': {
      const text = input.text.trim().slice(0, MAX_TEXT_CHARS);
      const { attachments } = input;
      if (!text && !attachments?.length) break;
      patch(s, { outbox: enqueue(s.saved.outbox, { clientId: input.clientId, text, at: ctx.now, attachments }) });
      stopTyping(d);
      // The first message of a chat waits for the room's socket.
      follow(d);
      flush(d);
      break;
    }
    case 'typing':
      if (!chatOpen(s)) break;
      if (!s.typing) s.typing = send(d, typingFrame(s, input.text));
      d.fx.push({ type: 'timer', timer: 'typingIdle' });
      break;
    case 'draft':
      // Only while typing: a draft trailing a send or a pause says nothing.
      if (s.typing && s.config?.typingPreview) send(d, typingFrame(s, input.text));
      break;
    case 'pick':
      s.picked = input.category;
      flush(d);
      break;
    case 'end':
      send(d, { type: 'close' });
      break;
    case 'again':
      resetChat(s);
      break;
    case 'leave':
      s.showOffline = true;
      break;
    case 'back':
      s.showOffline = false;
      break;
    case 'contact':
      if (s.saved.chat?.status === 'queued' && !s.saved.ended) send(d, { type: 'contact', email: input.email });
      break;
    case 'sound':
      patch(s, { sound: !s.saved.sound });
      break;
    case 'language':
      setLanguage(d, input.code, true);
      break;
    case 'timer':
      if (input.timer === 'typingIdle') stopTyping(d);
      else if (input.timer === 'operatorTyping') s.operatorTyping = null;
      else flush(d);
      break;
  }
  if (s.greeted && s.saved.open && surface(s) === 'none') setOpen(d, false);
  follow(d);
  // The same state when nothing changed, so the caller can skip drawing (a keystroke, a stale timer).
  const changed = (Object.keys(s) as (keyof WidgetState)[]).some((k) => s[k] !== state[k]);
  return { state: changed ? s : state, effects: d.fx };
}
