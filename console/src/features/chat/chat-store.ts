import { hc } from 'hono/client';
import { type Accessor, createMemo, createSignal, onCleanup } from 'solid-js';
import {
  type Attachment,
  MAX_TEXT_CHARS,
  type OperatorServerFrame,
  type OperatorStatus,
  PROTOCOL_VERSION,
} from '../../../../common/protocol';
import type { AppType } from '../../../../worker/app';
import { type UploadHandle, uploadFile, uploadUrl } from './attachment-upload';
import { type ConnectionState, createChatSocket } from './chat-socket';
import {
  addPending,
  applyFrame,
  type ChatEvent,
  type ChatState,
  type ChatView,
  INITIAL_CHAT_STATE,
  markRead,
  type PendingMessage,
  removeChat,
  resumeList,
} from './chat-state';
import { inboxOrder } from './inbox';
import { createReceiptReporter } from './receipt-reporter';

export interface ChatStore {
  state: Accessor<ChatState>;
  /** Chats in inbox order. */
  inbox: Accessor<ChatView[]>;
  connection: Accessor<ConnectionState>;
  /** When the next reconnect attempt happens, while reconnecting. */
  retryAt: Accessor<number | null>;
  /** The status the operator chose; the server may hold them away (plan limit). */
  wantedStatus: Accessor<OperatorStatus>;
  setStatus: (status: OperatorStatus) => void;
  /** Sends a message: text, uploaded files (F20), or both. */
  send: (chatId: string, text: string, attachments?: Attachment[]) => void;
  /** Uploads a file to one of the operator's chats (F20), to be sent by `send`. */
  upload: (chatId: string, file: File, onProgress: (fraction: number) => void) => UploadHandle;
  /** Adds an internal note: stored with the chat, shown to operators only. */
  note: (chatId: string, text: string) => void;
  typing: (chatId: string, typing: boolean) => void;
  close: (chatId: string) => void;
  transfer: (chatId: string, toOperatorId: string) => void;
  remove: (chatId: string) => void;
  markRead: (chatId: string) => void;
  /** The visitor's message `seq` (and all before it) was shown in a focused view (F21). */
  seen: (chatId: string, seq: number) => void;
  clearError: () => void;
  retryNow: () => void;
}

/**
 * The operator socket URL, from the worker's route table so the path can't drift. `$url` needs an
 * absolute base, hence a client on this page's origin rather than the shared relative one.
 */
function socketUrl(companyId: string): string {
  const url = hc<AppType>(window.location.origin).api.companies[':companyId'].connect.$url({ param: { companyId } });
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * The chat page's state: one socket per page feeding a pure reducer (chat-state.ts). Sent
 * messages are kept as pending until the server echoes them, and resent with the same clientId
 * after a reconnect, so nothing is lost or stored twice.
 */
export function createChatStore(
  companyId: string,
  view: { selected: Accessor<string | null>; visible: Accessor<boolean> },
  onEvents: (events: ChatEvent[]) => void,
): ChatStore {
  const [state, setState] = createSignal<ChatState>(INITIAL_CHAT_STATE);
  const [connection, setConnection] = createSignal<ConnectionState>('connecting');
  const [retryAt, setRetryAt] = createSignal<number | null>(null);
  const [wantedStatus, setWantedStatus] = createSignal<OperatorStatus>('online');
  const inbox = createMemo(() => inboxOrder(Object.values(state().chats)));

  // The last visitor message each chat showed in a focused view; the reporter tells the room (F21).
  const seen = new Map<string, number>();
  const receipts = createReceiptReporter(
    (chatId) => {
      const chat = state().chats[chatId];
      return chat && { chat, seen: seen.get(chatId) ?? 0 };
    },
    (frame) => socket.send(frame),
  );
  onCleanup(() => receipts.dispose());

  const onFrame = (frame: OperatorServerFrame) => {
    const result = applyFrame(state(), frame, { selected: view.selected(), visible: view.visible() });
    setState(result.state);
    if (frame.type === 'welcome') {
      resendPending();
      receipts.reset();
    }
    // Whatever arrived is delivered: each chat's marks are checked against the room's.
    for (const chatId of Object.keys(result.state.chats)) receipts.check(chatId);
    if (result.events.length > 0) onEvents(result.events);
  };

  const socket = createChatSocket({
    url: socketUrl(companyId),
    hello: () => ({ type: 'hello', protocol: PROTOCOL_VERSION, status: wantedStatus(), resume: resumeList(state()) }),
    onFrame,
    onState: (s, at) => {
      setConnection(s);
      setRetryAt(at);
    },
  });
  onCleanup(() => socket.dispose());

  function resendPending() {
    for (const chat of Object.values(state().chats)) {
      if (chat.ended) continue;
      for (const p of chat.pending) sendPending(chat.id, p);
    }
  }

  function sendPending(chatId: string, p: PendingMessage) {
    if (p.note) return void socket.send({ type: 'note', chatId, clientId: p.clientId, text: p.text });
    const ids = p.attachments?.map((a) => a.id);
    socket.send({ type: 'message', chatId, clientId: p.clientId, text: p.text, ...(ids?.length ? { attachmentIds: ids } : {}) });
  }

  /** Shows the message as pending and sends it; the server's echo (same clientId) replaces it. */
  function submit(chatId: string, text: string, note: boolean, attachments: Attachment[] = []) {
    const body = text.slice(0, MAX_TEXT_CHARS);
    if (!body.trim() && (note || attachments.length === 0)) return;
    const pending: PendingMessage = { clientId: crypto.randomUUID(), text: body, at: Date.now(), note };
    if (!note && attachments.length > 0) pending.attachments = attachments;
    setState(addPending(state(), chatId, pending));
    sendPending(chatId, pending);
  }

  return {
    state,
    inbox,
    connection,
    retryAt,
    wantedStatus,
    setStatus(status) {
      setWantedStatus(status);
      socket.send({ type: 'status', status });
    },
    send: (chatId, text, attachments) => submit(chatId, text, false, attachments),
    upload: (chatId, file, onProgress) => uploadFile(uploadUrl(companyId, chatId), file, onProgress),
    note: (chatId, text) => submit(chatId, text, true),
    typing: (chatId, typing) => void socket.send({ type: 'typing', chatId, typing }),
    close: (chatId) => void socket.send({ type: 'close', chatId }),
    transfer: (chatId, toOperatorId) => void socket.send({ type: 'transfer', chatId, toOperatorId }),
    remove: (chatId) => setState(removeChat(state(), chatId)),
    markRead: (chatId) => setState(markRead(state(), chatId)),
    seen(chatId, seq) {
      if (seq <= (seen.get(chatId) ?? 0)) return;
      seen.set(chatId, seq);
      receipts.check(chatId);
    },
    clearError: () => setState({ ...state(), lastError: null }),
    retryNow: () => socket.retryNow(),
  };
}
