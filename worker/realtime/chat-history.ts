import { Hono } from 'hono';
import * as v from 'valibot';
import { ServerIdSchema } from '../../common/protocol';
import { type CompanyEnv, requireMember } from '../companies/membership';
import { notFound } from '../lib/errors';
import { validate } from '../lib/validate';
import { requireUser } from '../middleware/session';

const HistoryQuerySchema = v.object({
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/**
 * Chat history (F11): active and closed chats of the company, newest first, searchable by
 * message text. The chats live in the company's object, which answers over RPC.
 */
export const chatHistoryRoutes = new Hono<CompanyEnv>()
  .get('/:companyId/chats', requireUser, requireMember, validate('query', HistoryQuerySchema), async (c) => {
    const { q, cursor } = c.req.valid('query');
    const room = c.env.COMPANY_ROOM.get(c.env.COMPANY_ROOM.idFromName(c.get('company').id));
    return c.json(await room.history(q || null, cursor ?? null));
  })
  .get('/:companyId/chats/:chatId', requireUser, requireMember, validate('param', v.object({ companyId: v.string(), chatId: ServerIdSchema })), async (c) => {
    const room = c.env.COMPANY_ROOM.get(c.env.COMPANY_ROOM.idFromName(c.get('company').id));
    const chat = await room.chat(c.req.valid('param').chatId);
    if (!chat) throw notFound('chat');
    return c.json(chat);
  });
