import { eq } from 'drizzle-orm';
import { getDb } from '../../db/client';
import { helpArticles, helpFeedback } from '../../db/schema';
import { adminEmails } from '../auth/admins';
import type { MailTransport } from '../offline/delivery';

/**
 * Mails one stored feedback message (F16) to the service admins, then marks it mailed. Called by
 * the mail queue's consumer, which retries on a throw; a message already mailed (or deleted with
 * its company) is done. Company feedback stays in the company's console and is not mailed.
 */
export async function deliverFeedback(env: Env, id: string, transport: MailTransport): Promise<void> {
  const db = getDb(env.DB);
  const row = await db
    .select({ f: helpFeedback, slug: helpArticles.slug })
    .from(helpFeedback)
    .leftJoin(helpArticles, eq(helpArticles.id, helpFeedback.articleId))
    .where(eq(helpFeedback.id, id))
    .get();
  if (!row || row.f.mailedAt || row.f.companyId !== null) return;
  const about = row.slug ? `About the article: ${env.APP_ORIGIN}/help/en/${row.slug}\n\n` : '';
  for (const to of adminEmails(env)) {
    await transport(env, {
      to,
      replyTo: row.f.email,
      subject: `Help feedback from ${row.f.email}`,
      text: `${about}${row.f.message}\n\n— sent with the feedback form of ${env.APP_ORIGIN}/help`,
    });
  }
  await db.update(helpFeedback).set({ mailedAt: new Date() }).where(eq(helpFeedback.id, id));
}
