import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { randomId, sha256Hex } from '../../common/ids';
import type { Db } from '../../db/client';
import { twoFactorTickets } from '../../db/schema';
import { ApiError } from '../lib/errors';

/** Long enough to open the app and type a code, short enough that a leaked ticket soon dies. */
export const TICKET_TTL_MS = 5 * 60 * 1000;
/** Wrong codes one ticket takes before the password must be typed again. */
export const TICKET_MAX_FAILURES = 5;

export const invalidTicket = () => new ApiError(401, 'invalid_ticket', 'This login has expired. Enter your email and password again.');

/** Stores a ticket for the login's second step and returns the raw value for the browser (only its hash is kept). */
export async function issueTicket(db: Db, userId: string, now = Date.now()): Promise<string> {
  const ticket = randomId(32);
  await db.insert(twoFactorTickets).values({ id: await sha256Hex(ticket), userId, expiresAt: new Date(now + TICKET_TTL_MS) });
  return ticket;
}

/** The live ticket's id and account, or undefined when it is unknown, expired or used up. */
export async function findTicket(db: Db, ticket: string, now = Date.now()): Promise<{ id: string; userId: string } | undefined> {
  return db
    .select({ id: twoFactorTickets.id, userId: twoFactorTickets.userId })
    .from(twoFactorTickets)
    .where(
      and(
        eq(twoFactorTickets.id, await sha256Hex(ticket)),
        gt(twoFactorTickets.expiresAt, new Date(now)),
        lt(twoFactorTickets.failures, TICKET_MAX_FAILURES),
      ),
    )
    .get();
}

/** Counts a wrong code against the ticket. */
export async function failTicket(db: Db, id: string): Promise<void> {
  await db
    .update(twoFactorTickets)
    .set({ failures: sql`${twoFactorTickets.failures} + 1` })
    .where(eq(twoFactorTickets.id, id));
}

/** Spends the ticket: true for exactly one caller, so one ticket starts at most one session. */
export async function spendTicket(db: Db, id: string, now = Date.now()): Promise<boolean> {
  const spent = await db
    .delete(twoFactorTickets)
    .where(
      and(eq(twoFactorTickets.id, id), gt(twoFactorTickets.expiresAt, new Date(now)), lt(twoFactorTickets.failures, TICKET_MAX_FAILURES)),
    )
    .returning({ id: twoFactorTickets.id });
  return spent.length > 0;
}
