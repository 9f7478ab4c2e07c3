import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { DestinationsBodySchema } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { categories, languages, operatorCategories, operatorLanguages } from '../../db/schema';
import { ApiError, notFound } from '../lib/errors';
import { validate } from '../lib/validate';
import { clearOperatorDestinations, destinationsOf } from './destination-store';
import { memberRole } from './member-store';
import { type CompanyEnv, ownerOnly } from './membership';
import { notifyCompanyChanged } from './notify';

async function ensureMember(db: Db, companyId: string, userId: string): Promise<void> {
  if (!(await memberRole(db, companyId, userId))) throw notFound('operator');
}

const invalid = (field: 'languages' | 'categories', message: string) => new ApiError(400, 'invalid_input', message, { [field]: message });

/**
 * Destination management (F7): the languages and, with category support on, the categories one
 * operator serves. Codes and ids must be the company's own. Mounted at /:companyId.
 */
export const destinationsApp = new Hono<CompanyEnv>()
  .get('/operators/:userId/destinations', async (c) => {
    const company = c.get('company');
    const userId = c.req.param('userId');
    await ensureMember(c.get('db'), company.id, userId);
    const destinations = await destinationsOf(c.get('db'), company.id, userId);
    return c.json({ ...destinations, categoriesEnabled: company.categoriesEnabled });
  })
  .put('/operators/:userId/destinations', ownerOnly, validate('json', DestinationsBodySchema), async (c) => {
    const company = c.get('company');
    const userId = c.req.param('userId');
    const db = c.get('db');
    await ensureMember(db, company.id, userId);
    const body = c.req.valid('json');
    const wantedLanguages = [...new Set(body.languages)];
    const wantedCategories = [...new Set(body.categories)];

    const [knownLanguages, knownCategories] = await db.batch([
      db.select({ code: languages.code }).from(languages).where(eq(languages.companyId, company.id)),
      db.select({ id: categories.id }).from(categories).where(eq(categories.companyId, company.id)),
    ]);
    const languageSet = new Set(knownLanguages.map((l) => l.code));
    const unknownLanguages = wantedLanguages.filter((code) => !languageSet.has(code));
    if (unknownLanguages.length > 0) throw invalid('languages', `Not a language of this company: ${unknownLanguages.join(', ')}.`);
    if (!company.categoriesEnabled && wantedCategories.length > 0) {
      throw invalid('categories', 'Category support is off for this company, so operators can’t be given categories.');
    }
    const categorySet = new Set(knownCategories.map((k) => k.id));
    if (wantedCategories.some((id) => !categorySet.has(id)))
      throw invalid('categories', 'One of the categories is not a category of this company.');

    await db.batch([
      ...clearOperatorDestinations(db, company.id, userId),
      ...wantedLanguages.map((code) => db.insert(operatorLanguages).values({ companyId: company.id, userId, code })),
      ...wantedCategories.map((categoryId) => db.insert(operatorCategories).values({ companyId: company.id, userId, categoryId })),
    ]);
    await notifyCompanyChanged(c.env, company.id, 'destinations');
    return c.json({ languages: wantedLanguages.sort(), categories: wantedCategories, categoriesEnabled: company.categoriesEnabled });
  });
