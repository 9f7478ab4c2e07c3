import { pickLanguage } from '../../../common/pick-language';
import type { VisitorClientFrame } from '../../../common/protocol';
import { MAX_TEXT_CHARS } from '../../../common/protocol/limits';
import { unsent } from './outbox';
import { needsRoom } from './socket-target';
import { chatOpen, type Draft, patch, resetChat, send, surface, type WidgetState } from './widget-model';

/** Sends what the server has not stored yet; each clientId once per connection. */
export function flush(d: Draft): void {
  const { s } = d;
  const items = unsent(s.saved.outbox, s.sent);
  if (!s.connected || !items.length) return;
  if (!chatOpen(s)) {
    // The first message starts a chat: it needs a category when categories are on (F5). Connected: the config came.
    const { categoriesEnabled } = s.config!;
    if (categoriesEnabled && !s.picked) return;
    if (categoriesEnabled) send(d, { type: 'update', category: s.picked });
  }
  const sent = new Set(s.sent);
  for (const p of items) {
    send(d, { type: 'message', clientId: p.clientId, text: p.text, attachmentIds: p.attachments?.map((a) => a.id) });
    sent.add(p.clientId);
  }
  s.sent = sent;
}

/** Moves to the socket the saved state needs; frames wait for that socket's `welcome`. */
export function follow(d: Draft): void {
  const { s } = d;
  if (needsRoom(s.saved) === s.room) return;
  s.room = !s.room;
  s.connected = s.typing = false;
  d.fx.push({ type: 'move' });
}

/** The visitor's `typing: true`; with the typing preview on (F21) it carries their draft, cut to a message's length. */
export const typingFrame = (s: WidgetState, text: string): VisitorClientFrame =>
  s.config?.typingPreview ? { type: 'typing', typing: true, draft: text.slice(0, MAX_TEXT_CHARS) } : { type: 'typing', typing: true };

export function stopTyping(d: Draft): void {
  if (d.s.typing) send(d, { type: 'typing', typing: false });
  d.s.typing = false;
}

export function setOpen(d: Draft, open: boolean): void {
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
export function setLanguage(d: Draft, code: string, byVisitor: boolean): void {
  const { s } = d;
  const next = pickLanguage([], s.config?.languages ?? [], code);
  if (!next) return;
  if (byVisitor) patch(s, { language: next });
  if (next === s.language) return;
  send(d, { type: 'update', language: next });
  s.language = next;
  // The next page's hello names it (initialState).
  patch(s, { lastLanguage: next });
  d.fx.push({ type: 'load', language: next });
}

/** After the offered languages came or changed (a welcome, a config push): the best one for the visitor's choice and browser. */
export function followPreferences(d: Draft): void {
  const next = pickLanguage(d.s.preferred, d.s.config!.languages, d.s.saved.language);
  if (next) setLanguage(d, next, false);
}
