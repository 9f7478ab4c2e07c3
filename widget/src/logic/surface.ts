/** What the widget shows on the page (F9): the chat, the offline form, or nothing at all. */
export type Surface = 'chat' | 'offline' | 'none';

export interface SurfaceInput {
  /** A free operator serves the visitor's language (and some category) right now. */
  available: boolean;
  /** The company has the offline form on. */
  offlineForm: boolean;
  /** The visitor has an open chat, or one that just ended and is still on screen. */
  hasChat: boolean;
}

/**
 * F9: an open chat stays on screen whatever happens to availability; otherwise the chat while a
 * free operator is there, else the offline form when enabled, else nothing.
 */
export function surfaceFor({ available, offlineForm, hasChat }: SurfaceInput): Surface {
  if (hasChat || available) return 'chat';
  return offlineForm ? 'offline' : 'none';
}
