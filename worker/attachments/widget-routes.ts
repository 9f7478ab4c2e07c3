import { Hono } from 'hono';
import * as v from 'valibot';
import { ServerIdSchema, VisitorSecretSchema } from '../../common/protocol';
import { ApiError } from '../lib/errors';
import { clientIp } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import type { AppEnv } from '../types';
import { originNotAllowed, preflightAllowed, preflightHeaders, widgetAccess, widgetCors } from '../widget/access';
import { uploadAttachment } from './upload';

const UploadQuerySchema = v.object({ key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)), chatId: ServerIdSchema });

const noSecret = () => new ApiError(401, 'visitor_secret', 'Send the visitor secret as Authorization: Bearer <visitorSecret>.');

/**
 * POST /api/widget/attachments?key=&chatId= (F20): a file the visitor sends to their open chat,
 * from a registered domain of the key's company (or the console's Test chat page), proven theirs
 * by `Authorization: Bearer <visitorSecret>` — the secret their widget's `hello` carries, which
 * the room checks against its hash. Same body and answers as the operator's upload; also limited
 * per address and per company (SPEC S).
 */
export const attachmentWidgetRoutes = new Hono<AppEnv>()
  .options('/attachments', widgetCors, async (c) => {
    if (!(await preflightAllowed(c))) throw originNotAllowed();
    return c.body(null, 204, preflightHeaders('POST, OPTIONS', 'Content-Type, Authorization, X-File-Name'));
  })
  .post('/attachments', widgetCors, validate('query', UploadQuerySchema), async (c) => {
    const { key, chatId } = c.req.valid('query');
    const access = await widgetAccess(c, key);
    if (!access) throw originNotAllowed();
    const secret = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (!secret || !v.is(VisitorSecretSchema, secret)) throw noSecret();
    return uploadAttachment(c, access.companyId, chatId, { side: 'visitor', secret, address: clientIp(c) });
  });
