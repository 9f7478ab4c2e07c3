/** Version of the WebSocket protocol; a client says which one it speaks in its `hello` frame. */
export const PROTOCOL_VERSION = 2;

/** Largest inbound frame, in UTF-8 bytes; bigger frames are rejected before parsing. */
export const MAX_FRAME_BYTES = 16 * 1024;
/** Longest chat message text, in characters (F9, F11). */
export const MAX_TEXT_CHARS = 4000;
/** Longest client-chosen id (visitor id, message client id). */
export const MAX_ID_CHARS = 64;
/** Shortest visitor secret: the widget's is 32 characters of 128 random bits. */
export const MIN_SECRET_CHARS = 22;
/** Visitor page details are clipped (UTF-8 bytes) so a socket's hibernation attachment stays under 2 KB. */
export const MAX_URL_BYTES = 400;
export const MAX_TITLE_BYTES = 240;
export const MAX_USER_AGENT_BYTES = 160;
/** An IPv6 address is at most 45 characters; anything longer (a client-set header locally) is clipped. */
export const MAX_ADDRESS_BYTES = 45;
/** How many pages the operator's visitor panel lists for one chat (the most recent ones). */
export const MAX_PAGES_VIEWED = 20;
/** How many chats an operator may name in one `hello.resume`. */
export const MAX_RESUME_CHATS = 100;

/** Visitor messages allowed per window before `rate_limited` errors (per visitor, all tabs). */
export const VISITOR_MESSAGE_BURST = 20;
export const VISITOR_MESSAGE_WINDOW_MS = 10_000;
/**
 * Each visitor socket's budget per frame type (SPEC S): `burst` frames at once, then `perSecond`.
 * Frames over budget get `rate_limited` and count as rejected frames, so a flood is closed soon.
 */
export const VISITOR_FRAME_BUDGETS = {
  message: { burst: 20, perSecond: 2 },
  // Twice a second: a typing preview's drafts (F21, DRAFT_THROTTLE_MS) ride on typing frames.
  typing: { burst: 10, perSecond: 2 },
  update: { burst: 10, perSecond: 0.5 },
  close: { burst: 3, perSecond: 0.1 },
  contact: { burst: 3, perSecond: 0.1 },
  rate: { burst: 3, perSecond: 0.1 },
  // Clients send their marks at most once a second (RECEIPT_GAP_MS).
  receipt: { burst: 10, perSecond: 1 },
} as const;
/** Open visitor sockets one address (`CF-Connecting-IP`) may hold in one company. */
export const MAX_VISITOR_SOCKETS_PER_ADDRESS = 20;
/** New chats one address may start in one company per minute. */
export const NEW_CHATS_PER_ADDRESS_PER_MINUTE = 10;
/** New chats a company takes per minute unless its settings say otherwise. */
export const DEFAULT_NEW_CHATS_PER_COMPANY_PER_MINUTE = 600;
/**
 * Longest queue a company keeps unless its settings say otherwise; past it a new chat is refused
 * like with nobody online (offline form), and busy behaves like offline (F10).
 */
export const DEFAULT_MAX_QUEUE_LENGTH = 200;
/**
 * Idle visitors hear of a change in availability at most this often (F10): a change inside the
 * gap goes out once at its end, so a busy company's flapping capacity costs each idle widget at
 * most one frame per gap.
 */
export const AVAILABILITY_PUSH_GAP_MS = 10_000;
/** A wait estimate that moved less than this is not news for idle visitors. */
export const WAIT_ESTIMATE_STEP_SECONDS = 60;

/** Rejected frames a socket may send within ABUSE_WINDOW_MS before it is closed. */
export const ABUSE_STRIKES = 50;
export const ABUSE_WINDOW_MS = 60_000;
/**
 * How long an address whose visitor socket was closed for abuse may not open another: without it a
 * flooder reconnects at once, and the room reads every frame each new socket sends.
 */
export const ABUSE_COOLDOWN_MS = 60_000;
/**
 * An address closed for abuse again within ABUSE_MEMORY_MS waits twice as long as the time before,
 * up to ABUSE_COOLDOWN_MAX_MS: a flooder that comes back each time its cooldown ends would
 * otherwise get a full minute's worth of frames read every minute.
 */
export const ABUSE_MEMORY_MS = 24 * 60 * 60_000;
export const ABUSE_COOLDOWN_MAX_MS = 60 * 60_000;

/** How long an operator whose last socket dropped keeps their chats before they move (F10). */
export const OPERATOR_GRACE_MS = 30_000;
/** How long a queued chat keeps its place after the visitor's last tab closed (a reload, a navigation). */
export const VISITOR_GRACE_MS = 30_000;

/** WebSocket close codes the server uses (4000–4999 are free for applications). */
export const CLOSE_CODES = {
  /** The client's `hello.protocol` differs from PROTOCOL_VERSION: reload the client. */
  unsupportedProtocol: 4400,
  /** The widget's domain or the operator's membership was removed (F13), or the operator's session signed out (SPEC S). */
  revoked: 4403,
  /** Too many rejected frames (limits and bad input). */
  abuse: 1008,
} as const;
