import type { ChatMessage, ChatReceipts, CloseReason, OperatorPublic } from '../../../common/protocol';
import type { Pending } from './outbox';

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
  /** Both sides' delivered and seen marks (F21), as the server last said; absent before it did. */
  receipts?: ChatReceipts;
}

/** Everything the widget keeps in localStorage, one entry per company key (F9 resilience). */
export interface Saved {
  /** The visitor's public id: operators see it as the display id. */
  visitorId: string;
  /** Proves `visitorId` is this browser's; sent only in `hello`, never shown (SPEC S). */
  visitorSecret: string;
  /** A language the visitor picked by hand; otherwise the browser's preferences decide. */
  language: string | null;
  /**
   * The chat language the widget last used: the next page's `hello` names it, as the widget greets
   * before the `welcome` lists the company's languages. Absent in states saved before it was kept.
   */
  lastLanguage?: string;
  /** The category of the open chat (sent in `hello` so a reload keeps it). */
  category: string | null;
  chat: SavedChat | null;
  /**
   * Set once the chat ended; the transcript stays on screen until the panel is closed. `rate`: the
   * server asks for a rating (F21); absent when the widget only guessed the end (a reload).
   */
  ended: { reason: CloseReason; offlineForm: boolean; rate?: boolean } | null;
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
