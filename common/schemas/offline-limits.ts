/**
 * Offline form limits (F14), shared by the widget form and the server. Kept apart from the
 * valibot schemas so the widget can import them without pulling valibot into its bundle.
 */
export const OFFLINE_THEME_MAX_LENGTH = 200;
export const OFFLINE_MESSAGE_MAX_LENGTH = 5000;
/** Delivery attempts per message before it is marked `failed` (still stored and listed). */
export const OFFLINE_MAX_DELIVERY_TRIES = 5;
/** Name of the honeypot input: hidden from people, so only bots fill it in. */
export const OFFLINE_HONEYPOT_FIELD = 'website';
