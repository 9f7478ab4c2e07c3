import type { Attachment, ChatMessage, VisitorRate } from '../../../../common/protocol';
import { MAX_TEXT_CHARS } from '../../../../common/protocol/limits';
import type { Receipt } from '../../../../common/protocol/receipts';
import type { Dictionary } from '../../i18n/en';
import { format } from '../../i18n/load';
import { closedText } from '../../logic/chat-wording';
import { textColorOn } from '../../logic/contrast';
import type { Pending } from '../../logic/outbox';
import type { Screen } from '../../logic/widget-screen';
import { h, ICONS, icon } from './dom';
import { trapFocus } from './focus-trap';
import { createHeader } from './header';
import type { HelpShell } from './help/kit';
import type { OfflineFormOptions } from './offline-form';
import { addStyles } from './styles';

/** Everything the shell draws, computed by the controller on every change; `help`: the languages of the company's help center (F19). */
export type WidgetView = Screen & {
  offline: Omit<OfflineFormOptions, 't' | 'language'>;
  help: readonly string[];
  /** Authorises the visitor's uploads (F20) and transcript requests (F21); sent only as their bearer token. */
  secret: string;
};

export interface ShellHandlers {
  base: string;
  onOpen(open: boolean): void;
  onSend(text: string, attachments?: Attachment[]): void;
  /** The visitor typed: `text` is the composer's draft. */
  onTyping(text: string): void;
  onPick(categoryId: string): void;
  onEnd(): void;
  onAgain(): void;
  onLeaveMessage(): void;
  onBack(): void;
  onContact(email: string): void;
  onSound(): void;
  onLanguage(code: string): void;
  /** Sends the visitor's rating of the ended chat (F21); false when not connected. */
  onRate(frame: VisitorRate): boolean;
  /** Sends the widget's delivered and seen marks (F21); false when not connected. */
  onReceipt(frame: Receipt): boolean;
}

/** Inline `!important` declarations beat any host-page rule, even `* { all: unset !important }`. */
const HOST_STYLE =
  'all:initial;display:block;position:fixed;z-index:2147483000;right:0;bottom:0;width:0;height:0;visibility:visible;opacity:1;transform:none';

/**
 * The widget's DOM: a `<parley-widget>` host with an open shadow root (the page's CSS can't reach
 * inside, ours can't leak out), the launcher button and the chat dialog. Nothing takes focus
 * until the visitor opens the dialog; while open, focus stays inside it and returns on close.
 */
export function createShell(on: ShellHandlers) {
  const host = document.createElement('parley-widget');
  for (const rule of HOST_STYLE.split(';')) {
    const [name, value] = rule.split(':') as [string, string];
    host.style.setProperty(name, value, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  addStyles(root);

  let draft = '';
  let bodyKey = '';
  let greetingText: HTMLElement | null = null;
  let busyBox: HTMLElement | null = null;
  let busyView: Promise<typeof import('./busy-box').renderBusyBox> | undefined;
  let offlineView: Promise<typeof import('./offline-form').offlineForm> | undefined;
  // Focus asked for while the offline form's chunk was still loading: given once it is drawn.
  let focusOnLoad = false;
  let lastBusy: WidgetView | null = null;
  let returnTo: Element | null = null;
  let log: HTMLDivElement | null = null;
  let status: HTMLElement | null = null;
  let shown: WidgetView | null = null;
  let helpPane: Promise<typeof import('./help/pane')> | undefined;
  let attachButton: HTMLElement | undefined;
  let receipts: Promise<(v: WidgetView, log: HTMLElement | null) => void> | undefined;
  let items: typeof import('./message-item').messageItem | undefined;
  let itemsLoading = false;

  const live = h('div', { class: 'sr', 'aria-live': 'polite' });
  const badge = h('span', { class: 'bd', 'aria-hidden': 'true' });
  const launcher = h(
    'button',
    { class: 'l', type: 'button', 'aria-haspopup': 'dialog', 'aria-controls': 'pp', onclick: () => on.onOpen(true) },
    icon(ICONS.chat),
    badge,
  );
  const header = createHeader(on, () => openHelp());
  const body = h('div', { class: 'bo' });
  // The help center (F19) is drawn here, over the body, which keeps the chat and its draft.
  const pane = h('div', { class: 'bo', hidden: true });
  const panel = h(
    'div',
    { class: 'p', id: 'pp', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'pt' },
    header.element,
    body,
    pane,
  );
  panel.addEventListener('dragover', (e) => canAttach() && e.preventDefault());
  panel.addEventListener('drop', (e) => attach(e.dataTransfer?.files) && e.preventDefault());
  const wrap = h('div', { class: 'r' }, launcher, panel, live);
  trapFocus(panel, root, () => on.onOpen(false));
  root.append(wrap);
  (document.body ?? document.documentElement).append(host);

  const helpShell: HelpShell = { h, root, body, pane, base: on.base, view: () => shown! };

  /** Opens the help center, at its search or at one article (a suggestion). */
  function openHelp(slug?: string): void {
    helpPane ??= import('./help/pane');
    helpPane.then((m) => m.openPane(helpShell, slug));
  }

  /** Files go to an open chat (F20): a drop on the dialog, a paste, or the attach button's picker. */
  const canAttach = () => shown!.chat && !shown!.ended;
  /** The upload code and its tray load on first use; truthy when the files were taken. */
  const attach = (files?: FileList | null) =>
    canAttach() && files?.length && import('./attach/tray').then((m) => m.addFiles(h, body, shown!, on.base, [...files], on.onSend));

  /** A redraw replaces the body's controls: focus that was in them, or still waiting for the form, moves to the new ones. */
  function buildBody(v: WidgetView): void {
    const refocus = focusOnLoad || body.contains(root.activeElement);
    focusOnLoad = false;
    drawBody(v);
    if (refocus) focusFirst();
  }

  function drawBody(v: WidgetView): void {
    const { t } = v;
    log = status = greetingText = busyBox = null;
    if (v.mode === 'offline') {
      const back = v.canGoBack && h('button', { class: 'bt', type: 'button', onclick: () => on.onBack() }, t.back);
      const slot = h('div', { class: 'in', 'aria-busy': 'true' });
      body.replaceChildren(slot, back || '');
      return loadOfflineForm(v, slot);
    }
    if (v.mode === 'pick') {
      const choices = v.config.categories.map((c) => h('button', { class: 'bt', type: 'button', onclick: () => on.onPick(c.id) }, c.name));
      greetingText = h('p');
      busyBox = h('div', { class: 'bz', role: 'status' });
      return body.replaceChildren(
        h('div', { class: 'in' }, greetingText, busyBox, h('h3', null, t.pick), h('div', { class: 'ch' }, ...choices)),
      );
    }
    log = h('div', { class: 'lg', role: 'log', 'aria-live': 'off', 'aria-label': t.title, tabindex: 0 });
    status = h('div', { class: 'st' });
    busyBox = h('div', { class: 'bz', role: 'status' });
    // The company sees the draft before it is sent (F21): the visitor is told so beside the composer.
    const preview = !v.ended && v.config.typingPreview && h('p', { class: 'tp', id: 'tp' }, t.preview);
    body.replaceChildren(log, status, busyBox, preview || '', v.ended ? endedBox(v) : composer(t));
  }

  /** Only visitors who find nobody online (or choose to leave a message) need the offline form: it loads when first shown. */
  function loadOfflineForm(v: WidgetView, slot: HTMLElement): void {
    offlineView ??= import('./offline-form').then((m) => {
      addStyles(root, m.css);
      return m.offlineForm;
    });
    offlineView.then(
      (form) => {
        if (!slot.isConnected) return;
        slot.replaceWith(form({ h, format }, { t: v.t, language: v.language, busy: v.state === 'busy', ...v.offline }));
        if (focusOnLoad) focusFirst();
      },
      () => {
        // A failed load is tried again the next time the form is drawn.
        offlineView = undefined;
        slot.removeAttribute('aria-busy');
        slot.replaceChildren(h('p', { class: 'al', role: 'alert' }, v.t.failed));
      },
    );
  }

  function focusFirst(): void {
    focusOnLoad = pane.hidden && Boolean(body.querySelector('div[aria-busy]'));
    if (!focusOnLoad) (pane.hidden ? body : pane).querySelector<HTMLElement>('textarea, .bt, input:not([type=file]), .pr, .hk')?.focus();
  }

  /** A greeting changed live (F13) reaches a panel already open; the busy box (F10) follows the wait. */
  function renderBusy(v: WidgetView): void {
    if (greetingText) {
      greetingText.textContent = v.config.greeting;
      greetingText.hidden = !v.config.greeting;
    }
    if (!busyBox) return;
    busyBox.hidden = !v.busy;
    if (!v.busy) return busyBox.replaceChildren();
    // Only a busy company's visitors need the box: it loads when first shown.
    lastBusy = v;
    busyView ??= import('./busy-box').then((m) => {
      addStyles(root, m.css);
      return m.renderBusyBox;
    });
    busyView.then((render) => {
      if (busyBox && lastBusy === v) render({ h, format }, busyBox, v, { leave: on.onLeaveMessage, contact: on.onContact });
    });
  }

  function composer(t: Dictionary): HTMLFormElement {
    const input = h('textarea', {
      'aria-label': t.message,
      'aria-describedby': 'tp',
      placeholder: t.placeholder,
      maxlength: MAX_TEXT_CHARS,
      rows: 1,
    });
    input.value = draft;
    const send = () => {
      on.onSend(input.value);
      input.value = draft = '';
    };
    input.addEventListener('input', () => {
      draft = input.value;
      on.onTyping(draft);
    });
    // A pasted screenshot (or copied file) is sent as a file; pasted text stays text.
    input.addEventListener('paste', (e) => attach(e.clipboardData?.files) && e.preventDefault());
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        send();
      }
    });
    const picker = h('input', { type: 'file', multiple: true, hidden: true, onchange: () => attach(picker.files) });
    attachButton = h('button', { class: 'ib', type: 'button', 'aria-label': t.attach, onclick: () => picker.click() }, icon(ICONS.attach));
    const form = h(
      'form',
      { class: 'cp' },
      picker,
      attachButton,
      input,
      h('button', { class: 'sd', type: 'submit', 'aria-label': t.send }, icon(ICONS.send)),
    );
    // Articles that may answer the first message (F19): their code loads when the composer is first focused.
    input.addEventListener(
      'focus',
      () => !shown!.chat && shown!.help.length && import('./help/suggest').then((m) => m.suggest(helpShell, input, form, openHelp)),
      { once: true },
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      send();
      input.focus();
    });
    return form;
  }

  function endedBox(v: WidgetView): HTMLElement {
    const { t, ended } = v;
    const box = h(
      'div',
      { class: 'in' },
      h('p', { role: 'status' }, closedText(t, ended!.reason)),
      v.available && h('button', { class: 'pr', type: 'button', onclick: () => on.onAgain() }, t.again),
      ended!.offlineForm && h('button', { class: 'bt', type: 'button', onclick: () => on.onLeaveMessage() }, t.leave),
    );
    // "How was this chat?" (F21): its code and words load only now, when a chat ended with a rating asked for.
    if (ended!.rate && v.config.rating)
      import('./rating/ask').then((m) => m.askRating({ h, root, box, language: v.language, chatId: v.chat!.id, send: on.onRate }));
    // "Email me this chat" (F21): likewise loaded only once a chat has ended.
    if (v.chat) import('./transcript/ask').then((m) => m.askTranscript(h, box, v, on));
    return box;
  }

  function renderLog(v: WidgetView): void {
    if (!log || !status) return;
    const { t } = v;
    // Messages are drawn by a chunk of their own, loaded with the first one on screen: a visitor who
    // never writes doesn't download it. The log is drawn again once it is there.
    if (!items && !itemsLoading && (v.items.length || v.pending.length)) {
      itemsLoading = true;
      import('./message-item').then(
        (m) => {
          items = m.messageItem;
          render(shown!, false);
        },
        // Tried again with the next draw.
        () => (itemsLoading = false),
      );
    }
    const stick = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    const item = (m: ChatMessage | Pending, author: ChatMessage['author'], operatorId: string | null, pending: boolean) =>
      items!(h, {
        author,
        text: m.text,
        at: m.at,
        attachments: m.attachments,
        operator: (operatorId && v.operators[operatorId]) || null,
        pendingLabel: pending ? t.pending : undefined,
        youLabel: t.you,
        language: v.language,
        base: on.base,
      });
    log.replaceChildren(
      ...(v.config.greeting ? [h('div', { class: 'sy' }, v.config.greeting)] : []),
      ...(items
        ? [
            ...v.items.map((m) => {
              const el = item(m, m.author, m.operatorId, false);
              el.dataset.s = String(m.seq);
              return el;
            }),
            ...v.pending.map((p) => item(p, 'visitor', null, true)),
          ]
        : []),
    );
    if (stick) log.scrollTop = log.scrollHeight;
    if (attachButton) attachButton.hidden = !canAttach();
    status.textContent =
      v.operatorTyping !== null
        ? format(t.typing, { name: v.operatorTyping || t.title })
        : v.lost && (v.chat || v.pending.length)
          ? t.reconnecting
          : '';
  }

  /** Draws `v`; `rebuild` redraws the dialog body even when its mode did not change. */
  function render(v: WidgetView, rebuild: boolean): void {
    const { t } = v;
    shown = v;
    wrap.style.setProperty('--p', v.config.color);
    wrap.style.setProperty('--pt', textColorOn(v.config.color));
    wrap.classList.toggle('left', v.config.position === 'left');
    launcher.hidden = !v.visible || v.open;
    launcher.setAttribute('aria-expanded', String(v.open));
    launcher.setAttribute('aria-label', v.unread ? `${t.open} (${format(t.unread, { n: v.unread })})` : t.open);
    badge.textContent = String(v.unread);
    badge.hidden = !v.unread;
    panel.hidden = !(v.visible && v.open);
    if (!panel.hidden) {
      header.render(v);
      const categories = v.mode === 'pick' ? JSON.stringify(v.config.categories) : '';
      const key = `${v.mode}${v.ended ? 'e' : ''}${v.canGoBack ? 'b' : ''}${v.config.typingPreview ? 'p' : ''}${v.language}${categories}`;
      if (rebuild || key !== bodyKey) buildBody(v);
      bodyKey = key;
      renderBusy(v);
      renderLog(v);
    }
    // Delivered and seen marks (F21): their code loads once a chat exists, and follows every draw.
    if (v.chat) {
      receipts ??= import('./receipts/track').then((m) => m.createReceipts({ h, send: on.onReceipt }));
      receipts.then((r) => r(v, log));
    }
  }

  return {
    render,
    /** Remembers where focus was, so closing the dialog can give it back. */
    rememberFocus(): void {
      returnTo = document.activeElement;
    },
    /** Focuses the first control of the dialog's body (after opening it or switching its view). */
    focusFirst,
    /** Gives focus back to where it was before the dialog opened, or to the launcher. */
    restoreFocus(): void {
      const back = returnTo && returnTo !== host && returnTo !== document.body ? (returnTo as HTMLElement) : launcher;
      if (!(launcher.hidden && back === launcher)) back.focus();
    },
    /** Speaks `text` through the polite live region (incoming messages, queue, notices). */
    announce(text: string): void {
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 50);
    },
    remove(): void {
      host.remove();
    },
  };
}
