import { desc, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { devMail } from '../../db/schema';
import { ApiError } from '../lib/errors';
import { extractLinks } from '../mail/links';
import type { AppEnv } from '../types';

/** How many captured mails the mailbox lists (newest first). */
const MAILBOX_SIZE = 100;

/** Local development only: the captured mailbox (404 unless ENVIRONMENT=development). */
export const devRoutes = new Hono<AppEnv>()
  .use(async (c, next) => {
    // Outside development these routes don't exist: the same answer as any unknown path.
    if (c.env.ENVIRONMENT !== 'development') throw new ApiError(404, 'not_found', 'No such endpoint.');
    await next();
  })
  .get('/mail', async (c) => {
    // rowid breaks ties between mails sent in the same millisecond (insertion order).
    const rows = await c.get('db').select().from(devMail).orderBy(desc(devMail.createdAt), desc(sql`rowid`)).limit(MAILBOX_SIZE).all();
    const mails = rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString(), links: extractLinks(m.text) }));
    return c.json({ mails });
  });
