/**
 * Attachment limits (F20, SPEC S), shared by the upload routes, the company room and the clients.
 * A company's own size limit is a setting (`attachmentMaxMegabytes`) within these bounds.
 */
export const DEFAULT_ATTACHMENT_MAX_MEGABYTES = 10;
export const ATTACHMENT_MAX_MEGABYTES_MIN = 1;
export const ATTACHMENT_MAX_MEGABYTES_MAX = 25;

/** Bytes in a megabyte as the limit counts them (the limit's message says MB). */
export const MEGABYTE = 1024 * 1024;

/** How many files one chat message may carry. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 10;

/** Longest stored file name, in characters; longer names are cut (keeping the extension). */
export const MAX_FILE_NAME_CHARS = 200;

/** How long a URL handed out in frames, history and upload answers serves the file (the live chat). */
export const LIVE_URL_TTL_MS = 30 * 60_000;
/** How long a URL in an emailed transcript serves the file (F21). */
export const TRANSCRIPT_URL_TTL_MS = 30 * 86_400_000;
/**
 * Expiries are rounded up to this step, so the same file gets the same URL for a while and the
 * browser shows it from its cache instead of fetching it again with every frame.
 */
export const URL_EXPIRY_STEP_MS = 5 * 60_000;

/** Anonymous uploads (the widget's) one address may make in one company per minute, and the company's total (SPEC S). */
export const UPLOADS_PER_ADDRESS_PER_MINUTE = 20;
export const UPLOADS_PER_COMPANY_PER_MINUTE = 600;
