import { Hono } from 'hono';
import * as v from 'valibot';
import { ServerIdSchema } from '../../common/protocol';
import { HistoryQuerySchema } from '../../common/schemas/chat-history';
import type { CompanyEnv } from '../companies/membership';
import { companyRoom } from '../lib/company-room';
import { notFound } from '../lib/errors';
import { validate } from '../lib/validate';

const ChatParamSchema = v.object({ companyId: v.string(), chatId: ServerIdSchema });

/**
 * Chat history (F11): the company's chats, newest first, filtered by message text, visitor,
 * start date and status (see HistoryQuerySchema). The chats live in the company's object,
 * which answers over RPC. Mounted at /api/companies/:companyId/chats.
 */
export const chatHistoryRoutes = new Hono<CompanyEnv>()
  .get('/', validate('query', HistoryQuerySchema), async (c) => {
    return c.json(await companyRoom(c.env, c.get('company').id).history(c.req.valid('query')));
  })
  .get('/:chatId', validate('param', ChatParamSchema), async (c) => {
    const chat = await companyRoom(c.env, c.get('company').id).chat(c.req.valid('param').chatId);
    if (!chat) throw notFound('chat');
    return c.json(chat);
  })
  // The visitor's rating (F21): `{rating: null}` while the chat has none.
  .get('/:chatId/rating', validate('param', ChatParamSchema), async (c) => {
    const found = await companyRoom(c.env, c.get('company').id).chatRating(c.req.valid('param').chatId);
    if (!found) throw notFound('chat');
    return c.json(found);
  });
