import { Hono } from 'hono';
import * as v from 'valibot';
import { OfflineMessagePatchSchema } from '../../common/schemas/offline';
import type { CompanyEnv } from '../companies/membership';
import { ApiError, notFound } from '../lib/errors';
import { validate } from '../lib/validate';
import { countUnread, listOfflineMessages, PAGE_SIZE, setOfflineMessageRead } from './inbox-store';
import { decodeCursor } from './list-cursor';

const ListQuerySchema = v.object({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** A smaller page, e.g. 1 for the navigation badge, which only needs `unreadCount`. */
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,3}$/, 'Use a whole number.'),
      v.transform(Number),
      v.minValue(1, 'Use at least 1.'),
      v.maxValue(PAGE_SIZE, `Use at most ${PAGE_SIZE}.`),
    ),
  ),
});
const MessageParamSchema = v.object({ companyId: v.string(), id: v.pipe(v.string(), v.maxLength(100)) });

/**
 * The console's offline messages (F14), mounted at /api/companies/:companyId/offline-messages,
 * for every member of the company (owners and operators alike: answering visitors is operators'
 * work). A message of another company answers 404 like a missing one.
 */
export const offlineCompanyRoutes = new Hono<CompanyEnv>()
  .get('/', validate('query', ListQuerySchema), async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const after = cursor === undefined ? null : decodeCursor(cursor);
    if (cursor !== undefined && !after)
      throw new ApiError(400, 'invalid_input', 'Some fields are not valid.', { cursor: 'This page link is not valid.' });
    return c.json(await listOfflineMessages(c.get('db'), c.get('company').id, after, limit));
  })
  .patch('/:id', validate('param', MessageParamSchema), validate('json', OfflineMessagePatchSchema), async (c) => {
    const db = c.get('db');
    const companyId = c.get('company').id;
    const message = await setOfflineMessageRead(db, companyId, c.req.valid('param').id, c.req.valid('json').read);
    if (!message) throw notFound('message');
    return c.json({ message, unreadCount: await countUnread(db, companyId) });
  });
