import { Hono } from 'hono';
import * as v from 'valibot';
import { connectRequest } from '../../common/connect-info';
import { clipUtf8, MAX_USER_AGENT_BYTES, ServerIdSchema } from '../../common/protocol';
import { LanguageCodeSchema } from '../../common/schemas/company';
import { publishedLanguages } from '../help/store';
import { companyRoom } from '../lib/company-room';
import { ApiError } from '../lib/errors';
import { validate } from '../lib/validate';
import type { AppEnv } from '../types';
import { originNotAllowed, widgetAccess, widgetCors } from './access';
import { noteUpgradeAnswer, visitorAddress } from './upgrade-cooldown';

/** A widget's public key, as named in the snippet (F8). */
const KeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const ConfigQuerySchema = v.object({
  key: KeySchema,
  lang: v.optional(LanguageCodeSchema),
  category: v.optional(ServerIdSchema),
});
const ConnectQuerySchema = v.object({ key: KeySchema });

/**
 * Widget endpoints (F8, F9): config and the visitor's WebSocket, for a page on a registered domain
 * of the key's company or the console's Test chat page (see `widgetAccess`).
 */
export const widgetRoutes = new Hono<AppEnv>()
  .get('/config', widgetCors, validate('query', ConfigQuerySchema), async (c) => {
    const { key, lang, category } = c.req.valid('query');
    const access = await widgetAccess(c, key);
    if (!access) throw originNotAllowed();
    const state = await companyRoom(c.env, access.companyId).widgetState(
      access.companyId,
      { language: lang ?? null, category: category ?? null },
      { install: access.testChatUserId === null },
    );
    if (!state) throw originNotAllowed();
    c.header('Cache-Control', 'no-store');
    // The help center (F19) is offered in the languages it has published articles in.
    return c.json({ ...state, helpLanguages: await publishedLanguages(c.get('db'), access.companyId) });
  })
  .get('/connect', validate('query', ConnectQuerySchema), async (c) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') throw new ApiError(426, 'upgrade_required', 'Connect with a WebSocket.');
    const { key } = c.req.valid('query');
    const address = visitorAddress(c.req.raw);
    const access = await widgetAccess(c, key);
    if (!access) throw originNotAllowed();
    const answer = await companyRoom(c.env, access.companyId).fetch(
      connectRequest(c.req.url, {
        role: 'visitor',
        companyId: access.companyId,
        origin: access.origin,
        testChatUserId: access.testChatUserId,
        userAgent: clipUtf8(c.req.header('user-agent') ?? '', MAX_USER_AGENT_BYTES),
        address,
      }),
    );
    return noteUpgradeAnswer(key, address, answer, Date.now());
  });
