import type { ChatMessage, VisitorServerFrame } from '../../../common/protocol';
import { mergeBySeq } from '../../../common/protocol/client';
import { format } from '../i18n/load';
import { closedText, systemText } from './chat-wording';
import { acknowledge } from './outbox';
import { flush, followPreferences } from './widget-actions';
import { announce, chatOpen, type Draft, patch, resetChat } from './widget-model';

/** Applies a frame from the server: the welcome, availability, the queue, messages, the chat's end, errors. */
export function onFrame(d: Draft, f: VisitorServerFrame): void {
  const { s } = d;
  const { t } = s;
  switch (f.type) {
    case 'welcome': {
      s.connected = true;
      s.lost = false;
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
      patch(s, { ended: { reason: f.reason, offlineForm: f.offlineForm, rate: f.rate } });
      s.operatorTyping = null;
      if (t) announce(d, closedText(t, f.reason));
      break;
    case 'receipts': {
      const { type: _, chatId, ...receipts } = f;
      if (s.saved.chat?.id === chatId) patch(s, { chat: { ...s.saved.chat, receipts } });
      break;
    }
    case 'rated':
      // Rated (here or in another tab): a reload or a redrawn view does not ask again.
      if (s.saved.ended && s.saved.chat?.id === f.chatId) patch(s, { ended: { ...s.saved.ended, rate: false } });
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
