import { Hono } from 'hono';
import * as v from 'valibot';
import { ServerIdSchema } from '../../common/protocol';
import type { CompanyEnv } from '../companies/membership';
import { validate } from '../lib/validate';
import { uploadAttachment } from './upload';

/**
 * POST /api/companies/:companyId/chats/:chatId/attachments (F20): a file the chat's operator
 * sends, as the raw body (`Content-Type: application/octet-stream`: the bytes decide the type,
 * and the CSRF check refuses the types a foreign form can post) with a percent-encoded
 * `X-File-Name`. Only the operator the chat is assigned to may; anyone else gets 404.
 */
export const attachmentCompanyRoutes = new Hono<CompanyEnv>().post(
  '/:chatId/attachments',
  validate('param', v.object({ companyId: v.string(), chatId: ServerIdSchema })),
  async (c) => uploadAttachment(c, c.get('company').id, c.req.valid('param').chatId, { side: 'operator', operatorId: c.get('user').id }),
);
