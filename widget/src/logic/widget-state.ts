import type {
  Availability,
  ChatMessage,
  CloseReason,
  OperatorPublic,
  PageInfo,
  VisitorClientFrame,
  VisitorServerFrame,
  WidgetConfig,
} from '../../../common/protocol';
import { mergeBySeq } from '../../../common/protocol/client';
import { MAX_TEXT_CHARS, PROTOCOL_VERSION } from '../../../common/protocol/limits';
import type { ParleyEvent, ParleyEvents } from '../boot';
import type { Dictionary } from '../i18n/en';
import { format } from '../i18n/load';
import { pickLanguage } from './language';
import { acknowledge, enqueue, type Pending, unsent } from './outbox';
import { type Surface, surfaceFor } from './surface';

/** The visitor's chat as the widget remembers it across reloads and pages of the same site. */
export interface SavedChat {
  id: string;
  status: 'queued' | 'active';
  operator: OperatorPublic | null;
  queuePosition: number | null;
  /** While queued: about how long until an operator takes it (seconds), when known. */
  waitEstimateSeconds: number | null;
  /** The email the visitor left to be answered at if they go away. */
  contactEmail: string | null;
}

/** Everything the widget keeps in localStorage, one entry per company key (F9 resilience). */
export interface Saved {
  /** The visitor's public id: operators see it as the display id. */
  visitorId: string;
  /** Proves `visitorId` is this browser's; sent only in `hello`, never shown (SPEC S). */
  visitorSecret: string;
  /** A language the visitor picked by hand; otherwise the browser's preferences decide. */
  language: string | null;
  /** The category of the open chat (sent in `hello` so a reload keeps it). */
  category: string | null;
  chat: SavedChat | null;
  /** Set once the chat ended; the transcript stays on screen until the panel is closed. */
  ended: { reason: CloseReason; offlineForm: boolean } | null;
  /** Stored messages of the chat, ascending by `seq`, each seq once. */
  messages: ChatMessage[];
  outbox: Pending[];
  unread: number;
  sound: boolean;
  open: boolean;
}

/** A visitor seen for the first time: nothing picked, no chat, sound on, panel closed. */
export function freshSaved(visitorId: string, visitorSecret: string): Saved {
  return {
    visitorId,
    visitorSecret,
    language: null,
    category: null,
    chat: null,
    ended: null,
    messages: [],
    outbox: [],
    unread: 0,
    sound: true,
    open: false,
  };
}

/** Everything the widget knows: what it saved, what the server said, what the visitor did. */
export interface WidgetState {
  /** Replaced (never changed in place) whenever it changes, so the caller persists on a new identity. */
  saved: Saved;
  config: WidgetConfig;
  availability: Availability;
  /** The browser's language preferences, best first. */
  preferred: readonly string[];
  /** The chat language, and its UI dictionary once loaded. */
  language: string;
  t: Dictionary | null;
  /** A `welcome` arrived on the current socket: frames may be sent. */
  connected: boolean;
  /** The first `welcome` arrived: the widget knows what to show. */
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
  | { type: 'load'; language: string };

/** Everything that can happen to the widget: socket events, server frames, the visitor's actions, timers. */
export type Input =
  | { type: 'connected'; page: PageInfo }
  | { type: 'disconnected' }
  | { type: 'frame'; frame: VisitorServerFrame }
  | { type: 'dictionary'; language: string; t: Dictionary }
  | { type: 'open'; open: boolean }
  | { type: 'send'; text: string; clientId: string }
  | { type: 'typing' }
  | { type: 'pick'; category: string }
  | { type: 'end' }
  | { type: 'again' }
  | { type: 'leave' }
  | { type: 'back' }
  | { type: 'contact'; email: string }
  | { type: 'sound' }
  | { type: 'language'; code: string }
  | { type: 'timer'; timer: Timer };

/** The moment and the page's visibility, for timestamps and unread counts. */
export interface Context {
  now: number;
  hidden: boolean;
}

/** One step being computed: a copy of the state and the effects collected so far. */
interface Draft {
  s: WidgetState;
  fx: Effect[];
  ctx: Context;
}

export function initialState(saved: Saved, config: WidgetConfig & Availability, preferred: readonly string[]): WidgetState {
  const operator = saved.chat?.operator;
  const { state, available, offlineForm, queueLength, waitEstimateSeconds } = config;
  return {
    saved,
    config,
    availability: { state, available, offlineForm, queueLength, waitEstimateSeconds },
    preferred,
    language: pickLanguage(preferred, config.languages, saved.language) ?? 'en',
    t: null,
    connected: false,
    greeted: false,
    sent: new Set(),
    picked: saved.chat ? saved.category : null,
    showOffline: false,
    typing: false,
    operatorTyping: null,
    operators: operator ? { [operator.id]: operator } : {},
  };
}

/** A chat is open: started and not ended. */
const chatOpen = (s: WidgetState): boolean => Boolean(s.saved.chat && !s.saved.ended);

/** What the widget shows on the page (F9). */
export function surface(s: WidgetState): Surface {
  return surfaceFor({ ...s.availability, hasChat: Boolean(s.saved.chat) || s.saved.outbox.length > 0 });
}

/** A system line ("Ann joined the chat") in the visitor's language; one the widget can't word stays as stored. */
export const systemText = (t: Dictionary, m: ChatMessage): string => (m.event ? format(t[m.event.kind], { name: m.event.name }) : m.text);

/** Why the chat ended, in the visitor's words. */
export const closedText = (t: Dictionary, reason: CloseReason): string =>
  reason === 'operator_lost' ? t.left : reason === 'no_operator' ? t.noOperator : t.ended;

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
      break;
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
      if (!text) break;
      patch(s, { outbox: enqueue(s.saved.outbox, { clientId: input.clientId, text, at: ctx.now }) });
      stopTyping(d);
      flush(d);
      break;
    }
    case 'typing':
      if (!chatOpen(s)) break;
      if (!s.typing) s.typing = send(d, { type: 'typing', typing: true });
      d.fx.push({ type: 'timer', timer: 'typingIdle' });
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
  if (s.saved.open && surface(s) === 'none') setOpen(d, false);
  // The same state when nothing changed, so the caller can skip drawing (a keystroke, a stale timer).
  const changed = (Object.keys(s) as (keyof WidgetState)[]).some((k) => s[k] !== state[k]);
  return { state: changed ? s : state, effects: d.fx };
}

function patch(s: WidgetState, changes: Partial<Saved>): void {
  s.saved = { ...s.saved, ...changes };
}

/** Queues a frame when a socket is ready for it; false when none is (the state will resend or re-say it). */
function send(d: Draft, frame: VisitorClientFrame): boolean {
  if (d.s.connected) d.fx.push({ type: 'send', frame });
  return d.s.connected;
}

function onFrame(d: Draft, f: VisitorServerFrame): void {
  const { s } = d;
  const { t } = s;
  switch (f.type) {
    case 'welcome': {
      s.connected = true;
      s.sent = new Set();
      s.config = f.config;
      s.availability = f.availability;
      if (f.chat) {
        // The server's word on the chat's category wins: another tab of this site may have started it.
        const { messages, category, ...chat } = f.chat;
        if (s.saved.chat?.id !== chat.id) resetChat(s);
        patch(s, { chat, ended: null, category });
        s.picked = category;
        if (chat.operator) s.operators = { ...s.operators, [chat.operator.id]: chat.operator };
        for (const m of messages) addMessage(d, chat.id, m, false);
      } else if (chatOpen(s)) {
        // The chat ended while this page was away; a `closed` frame with the reason may follow.
        patch(s, { ended: { reason: 'closed', offlineForm: false } });
      }
      followPreferences(d);
      if (!s.greeted) d.fx.push({ type: 'emit', event: 'ready', detail: s.availability });
      s.greeted = true;
      flush(d);
      break;
    }
    case 'availability': {
      const { type: _, ...availability } = f;
      s.availability = availability;
      d.fx.push({ type: 'emit', event: 'availability', detail: s.availability });
      break;
    }
    case 'config':
      s.config = f.config;
      followPreferences(d);
      break;
    case 'queued': {
      const { chat } = s.saved;
      if (chat?.id !== f.chatId) break;
      patch(s, { chat: { ...chat, status: 'queued', queuePosition: f.position, waitEstimateSeconds: f.waitEstimateSeconds } });
      // The place is news; an estimate that moved alone is not read out again.
      if (t && chat.queuePosition !== f.position) announce(d, format(t.queue, { n: f.position }));
      break;
    }
    case 'contact':
      if (s.saved.chat?.id === f.chatId) patch(s, { chat: { ...s.saved.chat, contactEmail: f.email } });
      break;
    case 'assigned': {
      const { chat } = s.saved;
      if (chat?.id !== f.chatId) break;
      s.operators = { ...s.operators, [f.operator.id]: f.operator };
      s.showOffline = false;
      // The "joined the chat" line follows as a stored message.
      patch(s, { chat: { ...chat, status: 'active', operator: f.operator, queuePosition: null, waitEstimateSeconds: null } });
      break;
    }
    case 'message':
      addMessage(d, f.chatId, f.message, true);
      break;
    case 'typing':
      s.operatorTyping = f.typing ? (s.saved.chat?.operator?.name ?? '') : null;
      if (f.typing) d.fx.push({ type: 'timer', timer: 'operatorTyping' });
      break;
    case 'closed':
      if (s.saved.chat?.id !== f.chatId) break;
      patch(s, { ended: { reason: f.reason, offlineForm: f.offlineForm } });
      s.operatorTyping = null;
      if (t) announce(d, closedText(t, f.reason));
      break;
    case 'error':
      if (f.code === 'category_required') {
        s.picked = null;
        s.sent = new Set();
      } else if (f.code === 'rate_limited' && f.ref === 'message') {
        // Still pending: try again once the server's window has moved on.
        s.sent = new Set();
        d.fx.push({ type: 'timer', timer: 'retry' });
      }
      break;
  }
}

function announce(d: Draft, text: string): void {
  d.fx.push({ type: 'announce', text });
}

/**
 * A stored message, the visitor's own included (the server's acknowledgement of its clientId).
 * The one place messages merge by seq: replays after a reconnect never duplicate or reorder them.
 * `live` is false for a replay, which neither chimes nor notifies the host page.
 */
function addMessage(d: Draft, chatId: string, m: ChatMessage, live: boolean): void {
  const { s } = d;
  const { chat, ended } = s.saved;
  if (!chat || (ended && chatId !== chat.id)) {
    // The first acknowledged message of a new chat.
    const category = s.picked;
    resetChat(s);
    patch(s, {
      chat: { id: chatId, status: 'queued', operator: null, queuePosition: null, waitEstimateSeconds: null, contactEmail: null },
      category,
    });
  }
  if (chatId !== s.saved.chat!.id) return;
  const fresh = !s.saved.messages.some((x) => x.seq === m.seq);
  patch(s, { messages: mergeBySeq(s.saved.messages, [m]), outbox: acknowledge(s.saved.outbox, m) });
  if (fresh && live && m.author === 'system' && s.t) announce(d, systemText(s.t, m));
  if (!fresh || m.author !== 'operator') return;
  const name = (m.operatorId && s.operators[m.operatorId]?.name) || '';
  s.operatorTyping = null;
  if (!s.saved.open || d.ctx.hidden) patch(s, { unread: s.saved.unread + 1 });
  if (!live) return;
  if (s.saved.sound) d.fx.push({ type: 'chime' });
  announce(d, name ? `${name}: ${m.text}` : m.text);
  d.fx.push({ type: 'emit', event: 'message', detail: { text: m.text, at: m.at, operator: name || null } });
}

/** Sends what the server has not stored yet; each clientId once per connection. */
function flush(d: Draft): void {
  const { s } = d;
  const items = unsent(s.saved.outbox, s.sent);
  if (!s.connected || !items.length) return;
  if (!chatOpen(s)) {
    // The first message starts a chat: it needs a category when categories are on (F5).
    if (s.config.categoriesEnabled && !s.picked) return;
    if (s.config.categoriesEnabled) send(d, { type: 'update', category: s.picked });
  }
  const sent = new Set(s.sent);
  for (const p of items) {
    send(d, { type: 'message', clientId: p.clientId, text: p.text });
    sent.add(p.clientId);
  }
  s.sent = sent;
}

function stopTyping(d: Draft): void {
  if (d.s.typing) send(d, { type: 'typing', typing: false });
  d.s.typing = false;
}

function setOpen(d: Draft, open: boolean): void {
  const { s } = d;
  if (open === s.saved.open || (open && (!s.t || surface(s) === 'none'))) return;
  patch(s, open ? { open, unread: 0 } : { open });
  if (!open) {
    s.showOffline = false;
    if (s.saved.ended) resetChat(s);
  }
  d.fx.push({ type: 'emit', event: open ? 'open' : 'close', detail: undefined });
}

/** Switches the chat language (F4) when the company offers it; a visitor's own choice is remembered. */
function setLanguage(d: Draft, code: string, byVisitor: boolean): void {
  const { s } = d;
  const next = pickLanguage([], s.config.languages, code);
  if (!next) return;
  if (byVisitor) patch(s, { language: next });
  if (next === s.language) return;
  send(d, { type: 'update', language: next });
  s.language = next;
  d.fx.push({ type: 'load', language: next });
}

/** After the offered languages changed: the best one for the visitor's choice and browser. */
function followPreferences(d: Draft): void {
  const next = pickLanguage(d.s.preferred, d.s.config.languages, d.s.saved.language);
  if (next) setLanguage(d, next, false);
}

function resetChat(s: WidgetState): void {
  patch(s, { chat: null, ended: null, messages: [], category: null });
  s.picked = null;
}
