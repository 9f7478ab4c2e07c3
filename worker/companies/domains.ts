import { and, asc, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { normaliseDomainInput } from '../../common/domains/normalise';
import { DomainBodySchema, VerifyDomainBodySchema } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { companies, domains, users } from '../../db/schema';
import { mailedOk } from '../auth/account-mail';
import { claimColumns, insertClaim, verifyClaim } from '../domains/claim-writes';
import { blockingClaims } from '../domains/claims';
import { overlappingEntries } from '../domains/lookup';
import { findOwnershipProof } from '../domains/ownership-proof';
import { publicSuffixProblem } from '../domains/public-suffix';
import { ApiError, notFound } from '../lib/errors';
import { enforceRateLimit, type RateRule } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import { sendMail } from '../mail/mailer';
import { claimDisabledMail } from './company-mails';
import { domainView } from './domain-view';
import { type CompanyEnv, ownerOnly } from './membership';
import { notifyCompanyChanged } from './notify';
import { isUniqueViolation } from './unique-violation';

const domainTaken = () =>
  new ApiError(409, 'domain_taken', 'Another company has proved it owns this domain.', {
    host: 'Another company has proved it owns this domain.',
  });

/** Each verification fetches the claimed site and asks DNS: bounded per company, so it can't be used to hammer a site. */
const VERIFY_RULE: RateRule = { limit: 30, windowMs: 60 * 60 * 1000 };

/**
 * The hostnames a company's widget may run on (F3, SPEC S). Mounted at /:companyId/domains. Any
 * company may add an entry that is not a public suffix; it serves that company's widget at once.
 * Proving ownership (verify) makes it the company's alone: other companies' overlapping claims are
 * disabled and their owners told, and nobody else can add an overlapping entry.
 */
export const domainsApp = new Hono<CompanyEnv>()
  .get('/', async (c) => {
    const rows = await c
      .get('db')
      .select(claimColumns)
      .from(domains)
      .where(eq(domains.companyId, c.get('company').id))
      .orderBy(asc(domains.host));
    return c.json(rows.map(domainView));
  })
  .post('/', ownerOnly, validate('json', DomainBodySchema), async (c) => {
    const normalised = normaliseDomainInput(c.req.valid('json').host);
    if (!normalised.ok) throw new ApiError(400, 'invalid_input', normalised.message, { host: normalised.message });
    const { host } = normalised;
    const suffixProblem = publicSuffixProblem(host);
    if (suffixProblem) throw new ApiError(400, 'public_suffix', suffixProblem, { host: suffixProblem });
    const companyId = c.get('company').id;
    let row: Awaited<ReturnType<typeof insertClaim>>;
    try {
      row = await insertClaim(c.get('db'), companyId, host);
    } catch (err) {
      // The company's own entry for the same host (disabled ones too), or the same host added twice at once.
      if (isUniqueViolation(err))
        throw new ApiError(409, 'domain_exists', `${host} is already added.`, { host: `${host} is already added.` });
      throw err;
    }
    if (!row) throw domainTaken();
    await notifyCompanyChanged(c.env, companyId, 'domains');
    return c.json(domainView(row), 201);
  })
  .post('/:domainId/verify', ownerOnly, validate('json', VerifyDomainBodySchema), async (c) => {
    const company = c.get('company');
    const db = c.get('db');
    const row = await db
      .select(claimColumns)
      .from(domains)
      .where(and(eq(domains.id, c.req.param('domainId')), eq(domains.companyId, company.id)))
      .get();
    if (!row) throw notFound('domain');
    if (row.verifiedAt) return c.json(domainView(row));
    // Checked before the ownership fetch to spare it; verifyClaim decides in its write.
    if (blockingClaims(row.host, company.id, await overlappingEntries(db, row.host)).length > 0) throw domainTaken();
    if (c.req.valid('json').dev) {
      if (c.env.ENVIRONMENT !== 'development') {
        throw new ApiError(400, 'invalid_input', 'Verifying without proof works only in local development.');
      }
    } else {
      await enforceRateLimit(c, `domain-verify:${company.id}`, VERIFY_RULE);
      if (!(await findOwnershipProof(row.host, row.verificationToken, fetch))) {
        throw new ApiError(
          422,
          'verification_failed',
          `We found no proof for ${row.host} yet. Publish one of the records shown, then try again (DNS changes can take a while to show).`,
        );
      }
    }
    const now = new Date();
    let verified: Awaited<ReturnType<typeof verifyClaim>>;
    try {
      verified = await verifyClaim(db, company.id, row.id, row.host, now);
    } catch (err) {
      // Another company verified the same host a moment ago.
      if (isUniqueViolation(err)) throw domainTaken();
      throw err;
    }
    // Another company verified an overlapping entry since the check above.
    if (!verified) throw domainTaken();
    const { displaced } = verified;
    const displacedCompanies = [...new Set(displaced.map((d) => d.companyId))];
    await Promise.all([company.id, ...displacedCompanies].map((id) => notifyCompanyChanged(c.env, id, 'domains')));
    await tellDisplacedOwners(c.env, db, displaced);
    return c.json(domainView({ ...row, verifiedAt: now, disabledAt: null }));
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

/** Mails each owner whose claim was disabled; a failed mail is logged, the verification stands. */
async function tellDisplacedOwners(env: Env, db: Db, displaced: readonly { companyId: string; host: string }[]): Promise<void> {
  if (displaced.length === 0) return;
  const owners = await db
    .select({ companyId: companies.id, companyName: companies.name, email: users.email, name: users.name })
    .from(companies)
    .innerJoin(users, eq(users.id, companies.ownerId))
    .where(
      inArray(
        companies.id,
        displaced.map((d) => d.companyId),
      ),
    );
  await Promise.all(
    displaced.flatMap((d) => {
      const owner = owners.find((o) => o.companyId === d.companyId);
      if (!owner) return [];
      const content = claimDisabledMail(env.APP_ORIGIN, owner.name, owner.companyName, d.host, d.companyId);
      return [mailedOk(sendMail(env, { to: owner.email, ...content }))];
    }),
  );
}
