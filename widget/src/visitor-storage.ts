// The visitor's saved state in localStorage, one entry per company key. The loader reads it (a new
// visitor's id and secret are made here, once) to open the socket the state needs and hands it to
// the app, which saves it from then on. Both bundle their own copy (widget/vite.config.ts).
import { freshSaved, type Saved } from './logic/saved';

/** Only the newest messages are kept locally; the server replays anything newer on resume. */
const KEEP_MESSAGES = 200;

/** A random id safe for the protocol's ClientIdSchema (`[\w-]`, ≤ 64 chars). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

const storageKey = (key: string) => `parley:${key}`;

/**
 * Reads the saved state; a missing, corrupt or blocked localStorage gives a fresh visitor, and so
 * does one saved before visitor secrets (the server no longer resumes that id).
 */
export function loadSaved(key: string): Saved {
  const fresh = freshSaved(randomId(), randomId());
  try {
    const raw = localStorage.getItem(storageKey(key));
    const parsed = raw ? (JSON.parse(raw) as Partial<Saved>) : null;
    return parsed && typeof parsed.visitorId === 'string' && typeof parsed.visitorSecret === 'string' ? { ...fresh, ...parsed } : fresh;
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

/**
 * Calls `fn` with what another tab of this site saved (the `storage` event fires only in the other
 * tabs), as that tab's `persist` wrote it.
 */
export function watchSaved(key: string, fn: (saved: Saved) => void): void {
  addEventListener('storage', (e) => e.key === storageKey(key) && e.newValue && fn(JSON.parse(e.newValue)));
}
