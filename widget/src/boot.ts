import type { Availability } from '../../common/protocol';
import type { Saved } from './logic/saved';

/** Events a host page can follow with `Parley.on(event, fn)`. */
export interface ParleyEvents {
  /** The widget started; says whether a chat or the offline form is on offer. */
  ready: Availability;
  /** A free operator appeared or the last one went (F9). */
  availability: Availability;
  open: undefined;
  close: undefined;
  /** A new message from an operator. */
  message: { text: string; at: number; operator: string | null };
}
export type ParleyEvent = keyof ParleyEvents;

/**
 * The one global the widget adds: `window.Parley`. Calls made before the widget has loaded are
 * queued and replayed; `on` returns a function that removes the listener.
 */
export interface ParleyApi {
  open(): void;
  close(): void;
  setLanguage(code: string): void;
  on<E extends ParleyEvent>(event: E, fn: (detail: ParleyEvents[E]) => void): () => void;
}

/** What the loader hands the app chunk once the server accepted this site's socket. */
export interface Boot {
  /** The company's public key from the snippet's `data-key`. */
  key: string;
  /** The widget's origin with a trailing slash, e.g. `https://parley.example/`. */
  base: string;
  /** The visitor's saved state as the loader read it (a new visitor's id and secret made there, not saved yet). */
  saved: Saved;
  /**
   * The open socket the loader made for `saved` (socket-target.ts: the gateway, or the room when
   * `needsRoom`), nothing sent on it yet: the app says `hello` on it first.
   */
  socket: WebSocket;
  /** The URL of this visitor's socket to the gateway, or with `room` to the company's room (socket-target.ts). */
  url(room: boolean): string;
  /** The `window.Parley` object; the app replaces its queued methods with live ones. */
  api: ParleyApi;
  /** Calls made before the app loaded, in order. */
  queue: [name: 'open' | 'close' | 'setLanguage', args: unknown[]][];
  emit<E extends ParleyEvent>(event: E, detail: ParleyEvents[E]): void;
}
