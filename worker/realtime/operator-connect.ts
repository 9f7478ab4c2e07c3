import { Hono } from 'hono';
import { connectRequest } from '../../common/connect-info';
import type { CompanyEnv } from '../companies/membership';
import { companyRoom } from '../lib/company-room';
import { ApiError } from '../lib/errors';
import { isOwnOrigin } from '../lib/own-origin';

/**
 * The operator chat page's WebSocket (F10, F11), mounted at /api/companies/:companyId/connect: the
 * session cookie names the operator, the browser's `Origin` must be the console's own (a foreign
 * page can't ride the cookie), and the operator must be a verified member of the company. The
 * socket is handed to the company's object.
 */
export const operatorConnectRoutes = new Hono<CompanyEnv>().get('/', async (c) => {
  const origin = c.req.header('origin');
  if (!origin || !isOwnOrigin(c, origin)) {
    throw new ApiError(403, 'origin_not_allowed', 'Connect from the Parley console.');
  }
  const user = c.get('user');
  if (!user.verified) throw new ApiError(403, 'email_not_verified', 'Verify your email address before going online.');
  if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') throw new ApiError(426, 'upgrade_required', 'Connect with a WebSocket.');
  const companyId = c.get('company').id;
  const sessionId = c.get('sessionId')!;
  return companyRoom(c.env, companyId).fetch(connectRequest(c.req.url, { role: 'operator', companyId, operatorId: user.id, sessionId }));
});
