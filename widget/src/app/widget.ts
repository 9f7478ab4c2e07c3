import type { Availability, ChatMessage, OperatorPublic, VisitorServerFrame, WidgetConfig } from '../../../common/protocol';
import { lastSeq, mergeBySeq, TYPING_IDLE_MS, TYPING_SHOWN_MS } from '../../../common/protocol/client';
import { MAX_TEXT_CHARS, PROTOCOL_VERSION } from '../../../common/protocol/limits';
import type { Boot } from '../boot';
import type { Dictionary } from '../i18n/en';
import { format, loadDictionary } from '../i18n/load';
import { pickLanguage } from '../logic/language';
import { acknowledge, enqueue, unsent } from '../logic/outbox';
import { surfaceFor } from '../logic/surface';
import { connect } from './connection';
import { createChime } from './sound';
import { loadSaved, persist, randomId } from './storage';
import { createShell, type WidgetView } from './ui/shell';

/**
 * The widget's controller: holds the visitor's state, speaks the visitor protocol over the
 * reconnecting socket, and tells the shell what to draw.
 */
export function startWidget(boot: Boot): void {
  const { key, base, api, emit } = boot;
  const saved = loadSaved(key);
  let config: WidgetConfig = boot.config;
  let avail: Availability = { available: boot.config.available, offlineForm: boot.config.offlineForm };
  let language = pickLanguage(navigator.languages, config.languages, saved.language) ?? 'en';
  let t: Dictionary | null = null;
  let welcomed = false;
  let greeted = false;
  let sent = new Set<string>();
  let picked: string | null = saved.chat ? saved.category : null;
  let showOffline = false;
  let typingSent = false;
  let typingTimer = 0;
  let operatorTyping: string | null = null;
  let operatorTypingTimer = 0;
  const notices: ChatMessage[] = [];
  const operators = new Map<string, OperatorPublic>();
  const chime = createChime();
  const save = () => persist(key, saved);
  const chatOpen = () => Boolean(saved.chat && !saved.ended);
  const surface = () =>
    surfaceFor({ available: avail.available, offlineForm: avail.offlineForm, hasChat: Boolean(saved.chat) || saved.outbox.length > 0 });
  if (saved.chat?.operator) operators.set(saved.chat.operator.id, saved.chat.operator);

  const shell = createShell({
    base,
    onOpen: (open) => setOpen(open),
    onSend: (text) => sendText(text),
    onTyping: () => typing(),
    onPick: (id) => {
      picked = id;
      shell.render(view(), true);
      shell.focusFirst();
      flush();
    },
    onEnd: () => conn.send({ type: 'close' }),
    onAgain: () => {
      resetChat();
      shell.render(view(), true);
      shell.focusFirst();
    },
    onLeaveMessage: () => {
      showOffline = true;
      shell.render(view(), true);
      shell.focusFirst();
    },
    onSound: () => {
      saved.sound = !saved.sound;
      save();
      render();
    },
    onLanguage: (code) => setLanguage(code, true),
  });

  const conn = connect(`${base.replace(/^http/, 'ws')}api/widget/connect?key=${encodeURIComponent(key)}`, {
    open: () => {
      const resume = chatOpen() ? { chatId: saved.chat!.id, lastSeq: lastSeq(saved.messages) } : undefined;
      conn.send({
        type: 'hello',
        protocol: PROTOCOL_VERSION,
        visitorId: saved.visitorId,
        language,
        category: chatOpen() ? saved.category : null,
        page: { url: location.href, title: document.title, referrer: document.referrer },
        resume,
      });
    },
    frame: (frame) => onFrame(frame),
    down: () => {
      welcomed = false;
      render();
    },
    fatal: () => shell.remove(),
  });

  function view(): WidgetView {
    const s = surface();
    const mode: WidgetView['mode'] = s === 'offline' || (showOffline && avail.offlineForm) ? 'offline' : saved.chat || saved.outbox.length || !config.categoriesEnabled || picked ? 'chat' : 'pick';
    return {
      t: t!,
      language,
      visible: s !== 'none',
      open: saved.open,
      available: avail.available,
      mode,
      config,
      connected: welcomed,
      chat: saved.chat,
      ended: saved.ended && { ...saved.ended, offlineForm: saved.ended.offlineForm && avail.offlineForm },
      items: [...saved.messages, ...notices].sort((a, b) => a.at - b.at),
      pending: saved.outbox,
      operators,
      operatorTyping,
      unread: saved.unread,
      sound: saved.sound,
      offline: { url: `${base}api/widget/offline-messages`, key, visitorId: saved.visitorId },
    };
  }

  function render() {
    // Nothing is drawn before the server has said what to show, unless a chat is on screen already.
    if (!t || (!greeted && !saved.chat)) return;
    const v = view();
    if (!v.visible && saved.open) setOpen(false);
    else shell.render(v, false);
    // Calls the host page made before the widget could show anything, in order.
    for (const [name, args] of boot.queue.splice(0)) (api[name] as (...a: unknown[]) => void)(...args);
  }

  function setOpen(open: boolean) {
    if (open === saved.open || (open && (!t || surface() === 'none'))) return;
    if (open) shell.rememberFocus();
    saved.open = open;
    if (open) saved.unread = 0;
    else {
      showOffline = false;
      if (saved.ended) resetChat();
    }
    save();
    shell.render(view(), true);
    if (open) shell.focusFirst();
    else shell.restoreFocus();
    emit(open ? 'open' : 'close', undefined);
  }

  function setLanguage(code: string, byVisitor: boolean) {
    const next = pickLanguage([], config.languages, code);
    if (!next) return;
    if (byVisitor) saved.language = next;
    save();
    if (next !== language) conn.send({ type: 'update', language: next });
    language = next;
    loadDictionary(next).then((dict) => {
      t = dict;
      shell.render(view(), true);
    });
  }

  function resetChat() {
    saved.chat = null;
    saved.ended = null;
    saved.messages = [];
    saved.category = null;
    picked = null;
    notices.length = 0;
    save();
  }

  function notice(text: string) {
    notices.push({ seq: 0, author: 'system', operatorId: null, clientId: null, text, at: Date.now() });
    shell.announce(text);
  }

  function sendText(raw: string) {
    const text = raw.trim().slice(0, MAX_TEXT_CHARS);
    if (!text) return;
    saved.outbox = enqueue(saved.outbox, { clientId: randomId(), text, at: Date.now() });
    stopTyping();
    save();
    render();
    flush();
  }

  /** Sends what the server has not stored yet; each clientId once per connection. */
  function flush() {
    const items = unsent(saved.outbox, sent);
    if (!welcomed || !items.length) return;
    if (!chatOpen()) {
      // The first message starts a chat: it needs a category when categories are on (F5).
      if (config.categoriesEnabled && !picked) return render();
      if (config.categoriesEnabled) conn.send({ type: 'update', category: picked });
    }
    for (const p of items) if (conn.send({ type: 'message', clientId: p.clientId, text: p.text })) sent.add(p.clientId);
  }

  function typing() {
    if (!chatOpen()) return;
    if (!typingSent) typingSent = conn.send({ type: 'typing', typing: true });
    clearTimeout(typingTimer);
    typingTimer = setTimeout(stopTyping, TYPING_IDLE_MS) as unknown as number;
  }

  function stopTyping() {
    clearTimeout(typingTimer);
    if (typingSent) conn.send({ type: 'typing', typing: false });
    typingSent = false;
  }

  function addMessage(chatId: string, m: ChatMessage, live: boolean) {
    if (!saved.chat || (saved.ended && chatId !== saved.chat.id)) {
      // The first acknowledged message of a new chat.
      resetChat();
      saved.chat = { id: chatId, status: 'queued', operator: null, queuePosition: null };
      saved.category = picked;
    }
    if (chatId !== saved.chat.id) return;
    const fresh = !saved.messages.some((x) => x.seq === m.seq);
    saved.messages = mergeBySeq(saved.messages, [m]);
    saved.outbox = acknowledge(saved.outbox, m);
    if (!fresh || m.author !== 'operator') return;
    const name = (m.operatorId && operators.get(m.operatorId)?.name) || '';
    operatorTyping = null;
    if (!saved.open || document.hidden) saved.unread++;
    if (!live) return;
    if (saved.sound) chime.play();
    shell.announce(name ? `${name}: ${m.text}` : m.text);
    emit('message', { text: m.text, at: m.at, operator: name || null });
  }

  function onFrame(f: VisitorServerFrame) {
    const tt = t;
    switch (f.type) {
      case 'welcome': {
        welcomed = true;
        sent = new Set();
        config = f.config;
        avail = f.availability;
        if (f.chat) {
          if (saved.chat?.id !== f.chat.id) resetChat();
          const { messages, ...chat } = f.chat;
          saved.chat = chat;
          saved.ended = null;
          if (chat.operator) operators.set(chat.operator.id, chat.operator);
          for (const m of messages) addMessage(chat.id, m, false);
        } else if (chatOpen()) {
          // The chat ended while this page was away; a `closed` frame with the reason may follow.
          saved.ended = { reason: 'closed', offlineForm: false };
        }
        save();
        const next = pickLanguage(navigator.languages, config.languages, saved.language);
        if (next && next !== language) setLanguage(next, false);
        if (!greeted) {
          greeted = true;
          emit('ready', avail);
        }
        flush();
        break;
      }
      case 'availability':
        avail = { available: f.available, offlineForm: f.offlineForm };
        emit('availability', avail);
        break;
      case 'config': {
        config = f.config;
        const next = pickLanguage(navigator.languages, config.languages, saved.language);
        if (next && next !== language) setLanguage(next, false);
        break;
      }
      case 'queued':
        if (saved.chat?.id === f.chatId) {
          saved.chat = { ...saved.chat, status: 'queued', queuePosition: f.position };
          if (tt) shell.announce(format(tt.queue, { n: f.position }));
        }
        break;
      case 'assigned': {
        if (saved.chat?.id !== f.chatId) break;
        const prev = saved.chat.operator;
        operators.set(f.operator.id, f.operator);
        saved.chat = { ...saved.chat, status: 'active', operator: f.operator, queuePosition: null };
        if (tt) notice(format(prev && prev.id !== f.operator.id ? tt.moved : tt.joined, { name: f.operator.name }));
        break;
      }
      case 'message':
        addMessage(f.chatId, f.message, true);
        break;
      case 'typing':
        clearTimeout(operatorTypingTimer);
        operatorTyping = f.typing ? (saved.chat?.operator?.name ?? '') : null;
        if (f.typing)
          operatorTypingTimer = setTimeout(() => {
            operatorTyping = null;
            render();
          }, TYPING_SHOWN_MS) as unknown as number;
        break;
      case 'closed':
        if (saved.chat?.id !== f.chatId) break;
        saved.ended = { reason: f.reason, offlineForm: f.offlineForm };
        operatorTyping = null;
        if (tt) shell.announce(f.reason === 'operator_lost' ? tt.left : f.reason === 'no_operator' ? tt.noOperator : tt.ended);
        break;
      case 'error':
        if (f.code === 'category_required') {
          picked = null;
          sent = new Set();
        } else if (f.code === 'rate_limited' && f.ref === 'message') {
          // Still pending: try again once the server's window has moved on.
          sent = new Set();
          setTimeout(flush, 5000);
        }
        break;
    }
    save();
    render();
  }

  // The public API: queued calls replay in order, then the methods act directly.
  api.open = () => setOpen(true);
  api.close = () => setOpen(false);
  api.setLanguage = (code) => setLanguage(String(code), true);
  loadDictionary(language).then((dict) => {
    t = dict;
    render();
  });
}
