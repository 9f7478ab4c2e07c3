import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { type Db, getDb } from '../../db/client';
import { helpArticles, helpFeedback } from '../../db/schema';
import { adminEmails } from '../auth/admins';
import type { Mail } from '../mail/message';
import type { DeliveryOutcome, MailTransport } from '../offline/delivery';
import { notificationRecipient } from '../offline/notification-recipient';
import { ATTEMPT_LEASE_SECONDS, decideAfterFailure, MAX_DELIVERY_TRIES, secondsUntil } from '../offline/retry-policy';

/** Unmailed feedback that may still be tried: the sweep re-queues these when their job was lost. */
export const feedbackToMail = and(isNull(helpFeedback.mailedAt), lt(helpFeedback.mailTries, MAX_DELIVERY_TRIES));

/**
 * One mail attempt of a stored feedback message: Parley's (F16) to the service admins, a
 * company's (F19) to its notification address by the offline form's rule. Claimed first with one
 * conditional UPDATE that counts the try and takes a lease, as offline messages are, so a job the
 * sweep queued again while the first still runs sends nothing twice; a failure waits the retry
 * policy's backoff, and after the last try the message stays unmailed (still listed in the console).
 */
export async function deliverFeedback(env: Env, id: string, transport: MailTransport, now = new Date()): Promise<DeliveryOutcome> {
  const db = getDb(env.DB);
  const claimed = await db
    .update(helpFeedback)
    .set({ mailTries: sql`${helpFeedback.mailTries} + 1`, nextMailAttemptAt: new Date(now.getTime() + ATTEMPT_LEASE_SECONDS * 1000) })
    .where(
      and(eq(helpFeedback.id, id), feedbackToMail, or(isNull(helpFeedback.nextMailAttemptAt), lte(helpFeedback.nextMailAttemptAt, now))),
    )
    .returning()
    .get();
  if (!claimed) return whyNotClaimed(db, id, now);

  const mails = await mailsFor(env, db, claimed);
  try {
    for (const mail of mails) await transport(env, mail);
  } catch (err) {
    const decision = decideAfterFailure(claimed.mailTries);
    const nextMailAttemptAt = decision.kind === 'retry' ? new Date(now.getTime() + decision.delaySeconds * 1000) : null;
    await db
      .update(helpFeedback)
      .set({ nextMailAttemptAt })
      .where(and(eq(helpFeedback.id, id), isNull(helpFeedback.mailedAt)));
    console.error('help feedback: mail failed', id, err);
    return decision.kind === 'retry' ? decision : { kind: 'failed' };
  }
  await db.update(helpFeedback).set({ mailedAt: now, nextMailAttemptAt: null }).where(eq(helpFeedback.id, id));
  return { kind: 'sent' };
}

async function whyNotClaimed(db: Db, id: string, now: Date): Promise<DeliveryOutcome> {
  const row = await db
    .select({ next: helpFeedback.nextMailAttemptAt })
    .from(helpFeedback)
    .where(and(eq(helpFeedback.id, id), feedbackToMail))
    .get();
  return row?.next ? { kind: 'not-due', delaySeconds: secondsUntil(row.next, now) } : { kind: 'done' };
}

type FeedbackRow = typeof helpFeedback.$inferSelect;

/** The mails of one message: one per admin for Parley's, one to the company's inbox for a company's (none once it is gone). */
async function mailsFor(env: Env, db: Db, f: FeedbackRow): Promise<Mail[]> {
  const article = f.articleId
    ? await db.select({ slug: helpArticles.slug }).from(helpArticles).where(eq(helpArticles.id, f.articleId)).get()
    : undefined;
  const subject = `Help feedback from ${f.email}`;
  if (f.companyId === null) {
    const about = article ? `About the article: ${env.APP_ORIGIN}/help/en/${article.slug}\n\n` : '';
    const text = `${about}${f.message}\n\n— sent with the feedback form of ${env.APP_ORIGIN}/help`;
    return adminEmails(env).map((to) => ({ to, replyTo: f.email, subject, text }));
  }
  const recipient = await notificationRecipient(db, f.companyId);
  if (!recipient) return [];
  const about = article ? `About the article "${article.slug}" of your help center.\n\n` : '';
  const consoleUrl = `${env.APP_ORIGIN}/companies/${encodeURIComponent(f.companyId)}/help/feedback`;
  const text = `${about}${f.message}\n\n— sent with the feedback form of the ${recipient.companyName} help center; all its feedback: ${consoleUrl}`;
  return [{ to: recipient.email, replyTo: f.email, subject: `${subject} (${recipient.companyName} help)`, text }];
}
