import { DurableObject } from 'cloudflare:workers';

/**
 * One object per company: operator presence, the routing queue and live chats.
 * The real-time issue fills it; the binding and SQLite storage exist from the first migration.
 */
export class CompanyRoom extends DurableObject<Env> {}
