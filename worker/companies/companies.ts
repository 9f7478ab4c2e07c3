import { asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { randomId } from '../../common/ids';
import { CompanySettingsBodySchema, CreateCompanyBodySchema, DEFAULT_TIME_ZONE } from '../../common/schemas/company';
import { companies, memberships } from '../../db/schema';
import { mailedOk } from '../auth/account-mail';
import { enforceRateLimit } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import { companyView } from './company-view';
import { type CompanyEnv, type CompanyRow, ownerOnly } from './membership';
import { CONFIRM_MAILS_PER_COMPANY, confirmedWithoutLink, mailNotificationEmailConfirmation } from './notification-email';
import { deleteCompany, notifyCompanyChanged } from './notify';
import { loadSetupChecklist } from './setup-checklist';

/** Create and list the caller's companies (F2). Mounted at /api/companies. */
export const companiesApp = new Hono<CompanyEnv>()
  .post('/', validate('json', CreateCompanyBodySchema), async (c) => {
    const { name, timeZone } = c.req.valid('json');
    const user = c.get('user');
    const db = c.get('db');
    const now = new Date();
    const id = randomId();
    // 192 bits: the key is public (in every page's HTML) but must not be enumerable.
    const publicKey = randomId(24);
    // Offline messages need somewhere to go from the start; the owner can change it in settings.
    await db.batch([
      db.insert(companies).values({
        id,
        name,
        publicKey,
        ownerId: user.id,
        notificationEmail: user.email,
        notificationEmailConfirmedAt: now,
        timeZone: timeZone ?? DEFAULT_TIME_ZONE,
        createdAt: now,
      }),
      db.insert(memberships).values({ companyId: id, userId: user.id, role: 'owner', createdAt: now }),
    ]);
    return c.json({ id, name, publicKey, role: 'owner' as const }, 201);
  })
  .get('/', async (c) => {
    const rows = await c
      .get('db')
      .select({ id: companies.id, name: companies.name, publicKey: companies.publicKey, role: memberships.role })
      .from(memberships)
      .innerJoin(companies, eq(companies.id, memberships.companyId))
      .where(eq(memberships.userId, c.get('user').id))
      .orderBy(asc(companies.name), asc(companies.createdAt));
    return c.json(rows);
  });

/** Read, change and delete one company's settings (F2). Mounted at /api/companies/:companyId. */
export const companySettingsApp = new Hono<CompanyEnv>()
  .get('/', async (c) => {
    const company = c.get('company');
    return c.json(companyView(company, c.get('role'), await loadSetupChecklist(c.get('db'), company)));
  })
  .patch('/', ownerOnly, validate('json', CompanySettingsBodySchema), async (c) => {
    const body = c.req.valid('json');
    const changes: Partial<CompanyRow> = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    const db = c.get('db');
    let company = c.get('company');
    // A new notification email gets offline mail only once its inbox confirms (the owner's own address needs no link).
    const newEmail = body.notificationEmail !== undefined && body.notificationEmail !== company.notificationEmail;
    const confirmTo =
      newEmail && !confirmedWithoutLink(body.notificationEmail ?? null, c.get('user').email) ? body.notificationEmail : null;
    if (newEmail) changes.notificationEmailConfirmedAt = confirmTo || !body.notificationEmail ? null : new Date();
    if (confirmTo) await enforceRateLimit(c, `notification-confirm:${company.id}`, CONFIRM_MAILS_PER_COMPANY);
    if (Object.keys(changes).length > 0) {
      company = (await db.update(companies).set(changes).where(eq(companies.id, company.id)).returning().get()) ?? company;
      await notifyCompanyChanged(c.env, company.id, 'settings');
    }
    if (confirmTo) await mailedOk(mailNotificationEmailConfirmation(c.env, db, company, confirmTo));
    return c.json(companyView(company, c.get('role'), await loadSetupChecklist(db, company)));
  })
  .delete('/', ownerOnly, async (c) => {
    // D1 rows cascade; the room's storage and the company's files are erased too (worker/data/registry.ts).
    await deleteCompany(c.env, c.get('company').id);
    return c.body(null, 204);
  });
