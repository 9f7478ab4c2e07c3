import type { Saved } from './saved';

/**
 * Whether the widget needs the company room's socket (issue 17): while it holds a chat that is
 * open, whose end the server has not confirmed yet, or that asks for a rating, and while a message
 * waits to start one. Otherwise (no chat, or one that ended and was rated or asks for nothing) the
 * visitor's gateway serves it: config, availability and language changes, but no chat frames.
 */
export const needsRoom = (saved: Saved): boolean => saved.outbox.length > 0 || Boolean(saved.chat && saved.ended?.rate !== false);

/**
 * The socket's URL: the visitor id picks the visitor's gateway; `chat=1` asks for the room instead.
 * The id needs no escaping: the server refuses any but `[\w-]` ids, in the URL as in `hello`.
 */
export const socketUrl = (base: string, key: string, visitorId: string, room: boolean): string =>
  `${base.replace(/^http/, 'ws')}api/widget/connect?key=${encodeURIComponent(key)}&visitor=${visitorId}${room ? '&chat=1' : ''}`;
