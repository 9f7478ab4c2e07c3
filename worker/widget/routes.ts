import { Hono } from 'hono';
import * as v from 'valibot';
import { connectRequest } from '../../common/connect-info';
import { GATEWAY_INDEX_HEADER } from '../../common/gateways/gateways';
import { ClientIdSchema, clipUtf8, MAX_USER_AGENT_BYTES, ServerIdSchema } from '../../common/protocol';
import { LanguageCodeSchema } from '../../common/schemas/company';
import { publishedLanguages } from '../help/store';
import { companyRoom } from '../lib/company-room';
import { ApiError } from '../lib/errors';
import { validate } from '../lib/validate';
import { visitorGateway } from '../lib/visitor-gateway';
import type { AppEnv } from '../types';
import { originNotAllowed, widgetAccess, widgetCors } from './access';
import { noteUpgradeAnswer, visitorAddress } from './upgrade-cooldown';

/** A widget's public key, as named in the snippet (F8). */
const KeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const ConfigQuerySchema = v.object({
  key: KeySchema,
  lang: v.optional(LanguageCodeSchema),
  category: v.optional(ServerIdSchema),
  /** The widget's visitor id: its config comes from the visitor's gateway. Older widgets send none and ask the room. */
  visitor: v.optional(ClientIdSchema),
});
const ConnectQuerySchema = v.object({
  key: KeySchema,
  /** The widget's visitor id: an idle widget's socket goes to the visitor's gateway (README, Architecture). */
  visitor: v.optional(ClientIdSchema),
  /** A widget with an open chat, or about to start one: its socket goes to the company's room. */
  chat: v.optional(v.literal('1')),
});

/**
 * Widget endpoints (F8, F9): config and the visitor's WebSocket, for a page on a registered domain
 * of the key's company or the console's Test chat page (see `widgetAccess`).
 */
export const widgetRoutes = new Hono<AppEnv>()
  .get('/config', widgetCors, validate('query', ConfigQuerySchema), async (c) => {
    const { key, lang, category, visitor } = c.req.valid('query');
    const access = await widgetAccess(c, key);
    if (!access) throw originNotAllowed();
    const need = { language: lang ?? null, category: category ?? null };
    const install = access.testChatUserId === null;
    // The console's Test chat page stays on the room, as its sockets do.
    const gateway = visitor !== undefined && install ? visitorGateway(c.env, access.companyId, visitor, access.gateways) : null;
    const state = gateway
      ? await gateway.stub.widgetState(access.companyId, gateway.index, need, { install })
      : await companyRoom(c.env, access.companyId).widgetState(access.companyId, need, { install });
    if (!state) throw originNotAllowed();
    c.header('Cache-Control', 'no-store');
    // The help center (F19) is offered in the languages it has published articles in.
    return c.json({ ...state, helpLanguages: await publishedLanguages(c.get('db'), access.companyId) });
  })
  .get('/connect', validate('query', ConnectQuerySchema), async (c) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') throw new ApiError(426, 'upgrade_required', 'Connect with a WebSocket.');
    const { key, visitor, chat } = c.req.valid('query');
    const address = visitorAddress(c.req.raw);
    const access = await widgetAccess(c, key);
    if (!access) throw originNotAllowed();
    const upgrade = connectRequest(c.req.url, {
      role: 'visitor',
      companyId: access.companyId,
      origin: access.origin,
      testChatUserId: access.testChatUserId,
      userAgent: clipUtf8(c.req.header('user-agent') ?? '', MAX_USER_AGENT_BYTES),
      address,
    });
    // An idle widget goes to its visitor's gateway; a chat, the Test chat page and older widgets (no visitor id) to the room.
    const gateway =
      visitor !== undefined && chat === undefined && access.testChatUserId === null
        ? visitorGateway(c.env, access.companyId, visitor, access.gateways)
        : null;
    if (gateway) upgrade.headers.set(GATEWAY_INDEX_HEADER, String(gateway.index));
    const answer = await (gateway ? gateway.stub.fetch(upgrade) : companyRoom(c.env, access.companyId).fetch(upgrade));
    return noteUpgradeAnswer(key, address, answer, Date.now());
  });
