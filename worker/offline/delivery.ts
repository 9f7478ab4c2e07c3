import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { type Db, getDb } from '../../db/client';
import { offlineMessages } from '../../db/schema';
import { sendMail } from '../mail/mailer';
import type { Mail } from '../mail/message';
import { buildOfflineNotification } from './notification-mail';
import { notificationRecipient } from './notification-recipient';
import { ATTEMPT_LEASE_SECONDS, decideAfterFailure, MAX_DELIVERY_TRIES, secondsUntil } from './retry-policy';

/** Sends one mail or throws; production passes `sendMail`, tests inject failures. */
export type MailTransport = (env: Env, mail: Mail) => Promise<void>;

/** What one delivery call did, and what the queue should do with the job. */
export type DeliveryOutcome =
  | { kind: 'sent' }
  /** This attempt failed; the next one is due in `delaySeconds`. */
  | { kind: 'retry'; delaySeconds: number }
  /** The last allowed attempt failed; the message stays stored as `failed`. */
  | { kind: 'failed' }
  /** Another attempt holds the message or its backoff hasn't passed; come back later. */
  | { kind: 'not-due'; delaySeconds: number }
  /** Nothing to do: already sent, failed, suppressed, or deleted with its company. */
  | { kind: 'done' };

export interface DeliveryOptions {
  transport?: MailTransport;
  now?: Date;
  maxTries?: number;
}

/** Stored error text is for people reading the console, so it is kept short. */
const LAST_ERROR_MAX_LENGTH = 500;

/**
 * One delivery attempt of a stored offline message to the company's notification email (else
 * the owner's). Safe to call any number of times, concurrently too: an attempt first claims the
 * message with one conditional UPDATE (only `pending` and due rows; it counts the try and takes a
 * lease), so a racing call finds nothing to claim and at most one mail goes out per message.
 */
export async function deliverOfflineMessage(env: Env, id: string, opts: DeliveryOptions = {}): Promise<DeliveryOutcome> {
  const { transport = sendMail, now = new Date(), maxTries = MAX_DELIVERY_TRIES } = opts;
  const db = getDb(env.DB);
  const claimed = await claim(db, id, now);
  if (!claimed) return whyNotClaimed(db, id, now);

  const recipient = await notificationRecipient(db, claimed.companyId);
  if (!recipient) return { kind: 'done' };
  const content = buildOfflineNotification({
    companyName: recipient.companyName,
    visitorEmail: claimed.email,
    theme: claimed.theme,
    message: claimed.message,
    receivedAt: claimed.createdAt,
    consoleUrl: `${env.APP_ORIGIN}/companies/${encodeURIComponent(claimed.companyId)}/offline-messages`,
  });

  try {
    await transport(env, { to: recipient.email, replyTo: claimed.email, ...content });
  } catch (err) {
    return recordFailure(db, claimed.id, claimed.tries, err, now, maxTries);
  }
  await db
    .update(offlineMessages)
    .set({ deliveryStatus: 'sent', lastError: null, nextAttemptAt: null })
    .where(and(eq(offlineMessages.id, id), eq(offlineMessages.deliveryStatus, 'pending')));
  return { kind: 'sent' };
}

/** Atomically counts a try on a due `pending` message and leases it; null when it isn't claimable. */
function claim(db: Db, id: string, now: Date) {
  return db
    .update(offlineMessages)
    .set({ tries: sql`${offlineMessages.tries} + 1`, nextAttemptAt: new Date(now.getTime() + ATTEMPT_LEASE_SECONDS * 1000) })
    .where(
      and(
        eq(offlineMessages.id, id),
        eq(offlineMessages.deliveryStatus, 'pending'),
        or(isNull(offlineMessages.nextAttemptAt), lte(offlineMessages.nextAttemptAt, now)),
      ),
    )
    .returning()
    .get();
}

async function whyNotClaimed(db: Db, id: string, now: Date): Promise<DeliveryOutcome> {
  const row = await db
    .select({ status: offlineMessages.deliveryStatus, nextAttemptAt: offlineMessages.nextAttemptAt })
    .from(offlineMessages)
    .where(eq(offlineMessages.id, id))
    .get();
  if (row?.status !== 'pending' || !row.nextAttemptAt) return { kind: 'done' };
  return { kind: 'not-due', delaySeconds: secondsUntil(row.nextAttemptAt, now) };
}

async function recordFailure(db: Db, id: string, tries: number, err: unknown, now: Date, maxTries: number): Promise<DeliveryOutcome> {
  const lastError = (err instanceof Error ? err.message : String(err)).slice(0, LAST_ERROR_MAX_LENGTH);
  const decision = decideAfterFailure(tries, maxTries);
  const stillPending = and(eq(offlineMessages.id, id), eq(offlineMessages.deliveryStatus, 'pending'));
  if (decision.kind === 'give-up') {
    await db.update(offlineMessages).set({ deliveryStatus: 'failed', lastError, nextAttemptAt: null }).where(stillPending);
    return { kind: 'failed' };
  }
  const nextAttemptAt = new Date(now.getTime() + decision.delaySeconds * 1000);
  await db.update(offlineMessages).set({ lastError, nextAttemptAt }).where(stillPending);
  return { kind: 'retry', delaySeconds: decision.delaySeconds };
}
