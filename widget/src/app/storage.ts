import type { ChatMessage, CloseReason, OperatorPublic } from '../../../common/protocol';
import type { Pending } from '../logic/outbox';

/** The visitor's chat as the widget remembers it across reloads and pages of the same site. */
export interface SavedChat {
  id: string;
  status: 'queued' | 'active';
  operator: OperatorPublic | null;
  queuePosition: number | null;
}

/** Everything the widget keeps in localStorage, one entry per company key (F9 resilience). */
export interface Saved {
  visitorId: string;
  /** A language the visitor picked by hand; otherwise the browser's preferences decide. */
  language: string | null;
  /** The category of the open chat (sent in `hello` so a reload keeps it). */
  category: string | null;
  chat: SavedChat | null;
  /** Set once the chat ended; the transcript stays on screen until the panel is closed. */
  ended: { reason: CloseReason; offlineForm: boolean } | null;
  messages: ChatMessage[];
  outbox: Pending[];
  unread: number;
  sound: boolean;
  open: boolean;
}

/** Only the newest messages are kept locally; the server replays anything newer on resume. */
const KEEP_MESSAGES = 200;

/** A random id safe for the protocol's ClientIdSchema (`[\w-]`, ≤ 64 chars). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

const storageKey = (key: string) => `parley:${key}`;

/** Reads the saved state; a missing, corrupt or blocked localStorage gives a fresh visitor. */
export function loadSaved(key: string): Saved {
  const fresh: Saved = {
    visitorId: randomId(),
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
  try {
    const raw = localStorage.getItem(storageKey(key));
    const parsed = raw ? (JSON.parse(raw) as Partial<Saved>) : null;
    return parsed && typeof parsed.visitorId === 'string' ? { ...fresh, ...parsed } : fresh;
  } catch {
    return fresh;
  }
}

/** Writes the state; storage errors (quota, privacy modes) only cost persistence. */
export function persist(key: string, saved: Saved): void {
  try {
    localStorage.setItem(storageKey(key), JSON.stringify({ ...saved, messages: saved.messages.slice(-KEEP_MESSAGES) }));
  } catch {
    /* the widget keeps working from memory */
  }
}
