import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { normaliseDomainInput } from '../../common/domains/normalise';
import { randomId } from '../../common/ids';
import { DomainBodySchema } from '../../common/schemas/company';
import { domains } from '../../db/schema';
import { overlappingEntries } from '../domains/lookup';
import { ApiError, notFound } from '../lib/errors';
import { validate } from '../lib/validate';
import { type CompanyEnv, ownerOnly } from './membership';
import { notifyCompanyChanged } from './notify';
import { isUniqueViolation } from './unique-violation';

const domainTaken = () =>
  new ApiError(409, 'domain_taken', 'This domain is already used by another company.', {
    host: 'This domain is already used by another company.',
  });

/** The hostnames a company's widget may run on (F3). Mounted at /:companyId/domains. */
export const domainsApp = new Hono<CompanyEnv>()
  .get('/', async (c) => {
    const rows = await c
      .get('db')
      .select({ id: domains.id, host: domains.host })
      .from(domains)
      .where(eq(domains.companyId, c.get('company').id))
      .orderBy(asc(domains.host));
    return c.json(rows);
  })
  .post('/', ownerOnly, validate('json', DomainBodySchema), async (c) => {
    const normalised = normaliseDomainInput(c.req.valid('json').host);
    if (!normalised.ok) throw new ApiError(400, 'invalid_input', normalised.message, { host: normalised.message });
    const { host } = normalised;
    const companyId = c.get('company').id;
    const db = c.get('db');
    const overlaps = await overlappingEntries(db, host);
    if (overlaps.some((o) => o.companyId !== companyId)) throw domainTaken();
    if (overlaps.some((o) => o.host === host)) {
      throw new ApiError(409, 'domain_exists', `${host} is already added.`, { host: `${host} is already added.` });
    }
    const id = randomId();
    try {
      await db.insert(domains).values({ id, companyId, host, createdAt: new Date() });
    } catch (err) {
      // Two companies adding the same host at once: the unique index decides.
      if (isUniqueViolation(err)) throw domainTaken();
      throw err;
    }
    await notifyCompanyChanged(c.env, companyId, 'domains');
    return c.json({ id, host }, 201);
  })
  .delete('/:domainId', ownerOnly, async (c) => {
    const companyId = c.get('company').id;
    const gone = await c
      .get('db')
      .delete(domains)
      .where(and(eq(domains.id, c.req.param('domainId')), eq(domains.companyId, companyId)))
      .returning({ id: domains.id });
    if (gone.length === 0) throw notFound('domain');
    await notifyCompanyChanged(c.env, companyId, 'domains');
    return c.body(null, 204);
  });
