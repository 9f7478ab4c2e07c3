import { Hono } from 'hono';
import * as v from 'valibot';
import { ServerIdSchema } from '../../common/protocol';
import { HistoryQuerySchema } from '../../common/schemas/chat-history';
import { type CompanyEnv, requireMember } from '../companies/membership';
import { notFound } from '../lib/errors';
import { validate } from '../lib/validate';
import { requireUser } from '../middleware/session';

/**
 * Chat history (F11): the company's chats, newest first, filtered by message text, visitor,
 * start date and status (see HistoryQuerySchema). The chats live in the company's object,
 * which answers over RPC.
 */
export const chatHistoryRoutes = new Hono<CompanyEnv>()
  .get('/:companyId/chats', requireUser, requireMember, validate('query', HistoryQuerySchema), async (c) => {
    const room = c.env.COMPANY_ROOM.get(c.env.COMPANY_ROOM.idFromName(c.get('company').id));
    return c.json(await room.history(c.req.valid('query')));
  })
  .get(
    '/:companyId/chats/:chatId',
    requireUser,
    requireMember,
    validate('param', v.object({ companyId: v.string(), chatId: ServerIdSchema })),
    async (c) => {
      const room = c.env.COMPANY_ROOM.get(c.env.COMPANY_ROOM.idFromName(c.get('company').id));
      const chat = await room.chat(c.req.valid('param').chatId);
      if (!chat) throw notFound('chat');
      return c.json(chat);
    },
  );
