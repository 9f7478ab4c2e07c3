import { desc, eq, sql } from 'drizzle-orm';
import { devMail } from '../../../db/schema';
import { db } from '../../../test/helpers';
import { extractLinks } from '../links';

/** The newest captured mail to `to` (tests run with ENVIRONMENT=development), or throws. */
export async function latestMailTo(to: string) {
  const mail = await db().select().from(devMail).where(eq(devMail.to, to)).orderBy(desc(devMail.createdAt), desc(sql`rowid`)).get();
  if (!mail) throw new Error(`no mail to ${to}`);
  return { ...mail, links: extractLinks(mail.text) };
}

/** The `token` query parameter of the first link in the newest mail to `to` whose path is `path`. */
export async function tokenFromMail(to: string, path: '/verify' | '/reset-password'): Promise<string> {
  const { links } = await latestMailTo(to);
  const link = links.map((l) => new URL(l)).find((u) => u.pathname === path);
  const token = link?.searchParams.get('token');
  if (!token) throw new Error(`no ${path} link in the mail to ${to}`);
  return token;
}
