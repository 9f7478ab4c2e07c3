import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { connectRequest } from '../../common/connect-info';
import { GATEWAY_INDEX_HEADER } from '../../common/gateways/gateways';
import { ClientIdSchema, clipUtf8, MAX_USER_AGENT_BYTES, ServerIdSchema, type WidgetBootConfig } from '../../common/protocol';
import { LanguageCodeSchema } from '../../common/schemas/company';
import { companyRoom } from '../lib/company-room';
import { ApiError } from '../lib/errors';
import { requestOrigin } from '../lib/own-origin';
import { validate } from '../lib/validate';
import { visitorGateway } from '../lib/visitor-gateway';
import type { AppEnv } from '../types';
import { fromTestChat, originNotAllowed, pageAccess, widgetAccess, widgetCors } from './access';
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

/** Whether a widget request is an idle widget's on a customer's page: it names its visitor, opens no chat, and isn't the console's Test chat page. */
function idleOnPage(c: Context<AppEnv>, visitor: string | undefined, chat?: '1'): visitor is string {
  const origin = requestOrigin(c);
  return visitor !== undefined && chat === undefined && origin !== null && !fromTestChat(c, origin);
}

/**
 * Widget endpoints (F8, F9): config and the visitor's WebSocket, for a page on a registered domain
 * of the key's company or the console's Test chat page. An idle widget on a page is served by its
 * visitor's gateway, which checks the page's origin (`pageAccess`: a boot reads no D1); a chat,
 * the Test chat page and older widgets (no visitor id) by the room, checked here (`widgetAccess`).
 */
export const widgetRoutes = new Hono<AppEnv>()
  .get('/config', widgetCors, validate('query', ConfigQuerySchema), async (c) => {
    const { key, lang, category, visitor } = c.req.valid('query');
    const need = { language: lang ?? null, category: category ?? null };
    let state: WidgetBootConfig | null = null;
    if (idleOnPage(c, visitor)) {
      const access = await pageAccess(c, key);
      const gateway = access && visitorGateway(c.env, access.companyId, visitor, access.gateways);
      state = access && gateway && (await gateway.stub.widgetState(access.companyId, gateway.index, need, access.origin));
    } else {
      const access = await widgetAccess(c, key);
      const install = access?.testChatUserId === null;
      state = access && (await companyRoom(c.env, access.companyId).widgetState(access.companyId, need, { install }));
    }
    if (!state) throw originNotAllowed();
    c.header('Cache-Control', 'no-store');
    return c.json(state);
  })
  .get('/connect', validate('query', ConnectQuerySchema), async (c) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') throw new ApiError(426, 'upgrade_required', 'Connect with a WebSocket.');
    const { key, visitor, chat } = c.req.valid('query');
    const address = visitorAddress(c.req.raw);
    const idleVisitor = idleOnPage(c, visitor, chat) ? visitor : null;
    const access = idleVisitor !== null ? await pageAccess(c, key) : await widgetAccess(c, key);
    if (!access) throw originNotAllowed();
    const upgrade = connectRequest(c.req.url, {
      role: 'visitor',
      companyId: access.companyId,
      origin: access.origin,
      testChatUserId: access.testChatUserId,
      userAgent: clipUtf8(c.req.header('user-agent') ?? '', MAX_USER_AGENT_BYTES),
      address,
    });
    const gateway = idleVisitor !== null ? visitorGateway(c.env, access.companyId, idleVisitor, access.gateways) : null;
    if (gateway) upgrade.headers.set(GATEWAY_INDEX_HEADER, String(gateway.index));
    const answer = await (gateway ? gateway.stub.fetch(upgrade) : companyRoom(c.env, access.companyId).fetch(upgrade));
    return noteUpgradeAnswer(key, address, answer, Date.now());
  });
