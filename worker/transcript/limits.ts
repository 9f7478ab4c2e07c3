import type { RateRule } from '../lib/rate-limit';

const DAY_MS = 86_400_000;

/** A visitor asks for a transcript or two (a typo in the address), not a stream (F21, SPEC S). */
export const TRANSCRIPTS_PER_VISITOR: RateRule = { limit: 3, windowMs: DAY_MS };
/**
 * Confirmation mails one address receives a day, across all companies, so Parley can't be used
 * to flood a stranger's inbox.
 */
export const TRANSCRIPTS_PER_EMAIL: RateRule = { limit: 3, windowMs: DAY_MS };
/** One network's requests to one company a day: many visitors may share an office's address. */
export const TRANSCRIPTS_PER_ADDRESS: RateRule = { limit: 20, windowMs: DAY_MS };
/** A company's total a day: a script posing as many visitors still stops here. */
export const TRANSCRIPTS_PER_COMPANY: RateRule = { limit: 200, windowMs: DAY_MS };

/** How long the confirmation link works. */
export const CONFIRM_TTL_MS = DAY_MS;
