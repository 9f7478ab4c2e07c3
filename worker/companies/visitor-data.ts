import { Hono } from 'hono';
import * as v from 'valibot';
import { ClientIdSchema } from '../../common/protocol';
import { eraseVisitorData, exportVisitorData } from '../data/registry';
import { notFound } from '../lib/errors';
import { validate } from '../lib/validate';
import { type CompanyEnv, ownerOnly } from './membership';

const VisitorParamSchema = v.object({ companyId: v.string(), visitorId: ClientIdSchema });

/**
 * One visitor's data on request (GDPR): the owner downloads everything the company holds about
 * them, or erases it from every store (worker/data/registry.ts). A visitor no store knows is a
 * 404, like any unknown resource. Mounted at …/visitors.
 */
export const visitorDataApp = new Hono<CompanyEnv>()
  .get('/:visitorId/export', ownerOnly, validate('param', VisitorParamSchema), async (c) => {
    const { visitorId } = c.req.valid('param');
    const stores = await exportVisitorData(c.env, c.get('company').id, visitorId);
    if (!stores) throw notFound('visitor');
    // ClientIdSchema allows only word characters and '-', so the name needs no quoting rules.
    c.header('Content-Disposition', `attachment; filename="visitor-${visitorId}.json"`);
    return c.json({ visitorId, exportedAt: new Date().toISOString(), ...stores });
  })
  .delete('/:visitorId', ownerOnly, validate('param', VisitorParamSchema), async (c) => {
    const companyId = c.get('company').id;
    const { visitorId } = c.req.valid('param');
    if (!(await exportVisitorData(c.env, companyId, visitorId))) throw notFound('visitor');
    await eraseVisitorData(c.env, companyId, visitorId);
    return c.body(null, 204);
  });
