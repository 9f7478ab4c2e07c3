import { Hono } from 'hono';
import * as v from 'valibot';
import { clipUtf8, MAX_USER_AGENT_BYTES, ServerIdSchema } from '../../common/protocol';
import { LanguageCodeSchema } from '../../common/schemas/company';
import { connectRequest } from '../../durable-objects/room/connect-info';
import { companyForOrigin } from '../domains/lookup';
import { ApiError } from '../lib/errors';
import { validate } from '../lib/validate';
import type { AppEnv } from '../types';

/** A widget's public key, as named in the snippet (F8). */
const KeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const ConfigQuerySchema = v.object({
  key: KeySchema,
  lang: v.optional(LanguageCodeSchema),
  category: v.optional(ServerIdSchema),
});
const ConnectQuerySchema = v.object({ key: KeySchema });

const foreignOrigin = () => new ApiError(403, 'origin_not_allowed', 'This site is not registered for this widget.');

/**
 * Cross-origin widget endpoints (F9): config and the visitor's WebSocket. Both resolve the
 * request's `Origin` to its company by registered domain (a D1 read per request, so a new domain
 * works at once) and require the snippet's key to belong to that company.
 */
export const widgetRoutes = new Hono<AppEnv>()
  .get('/config', validate('query', ConfigQuerySchema), async (c) => {
    const origin = c.req.header('origin');
    const company = await companyForOrigin(c.get('db'), origin);
    const { key, lang, category } = c.req.valid('query');
    if (!company || company.publicKey !== key) throw foreignOrigin();
    const room = c.env.COMPANY_ROOM.get(c.env.COMPANY_ROOM.idFromName(company.companyId));
    const state = await room.widgetState(company.companyId, { language: lang ?? null, category: category ?? null });
    if (!state) throw foreignOrigin();
    // Only the registered origin may read the answer.
    c.header('Access-Control-Allow-Origin', origin!);
    c.header('Vary', 'Origin');
    c.header('Cache-Control', 'no-store');
    return c.json(state);
  })
  .get('/connect', validate('query', ConnectQuerySchema), async (c) => {
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') throw new ApiError(426, 'upgrade_required', 'Connect with a WebSocket.');
    const origin = c.req.header('origin');
    const company = await companyForOrigin(c.get('db'), origin);
    if (!company || company.publicKey !== c.req.valid('query').key) throw foreignOrigin();
    const room = c.env.COMPANY_ROOM.get(c.env.COMPANY_ROOM.idFromName(company.companyId));
    return room.fetch(
      connectRequest(c.req.url, {
        role: 'visitor',
        companyId: company.companyId,
        origin: origin!,
        userAgent: clipUtf8(c.req.header('user-agent') ?? '', MAX_USER_AGENT_BYTES),
      }),
    );
  });
