import { and, asc, count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { randomId } from '../../common/ids';
import { CategoryBodySchema } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { categories, companies, operatorCategories } from '../../db/schema';
import { ApiError, notFound } from '../lib/errors';
import { validate } from '../lib/validate';
import { clearAllDestinations } from './destination-store';
import { type CompanyEnv, ownerOnly } from './membership';
import { notifyCompanyChanged } from './notify';
import { isUniqueViolation } from './unique-violation';

const categoryExists = (name: string) =>
  new ApiError(409, 'category_exists', `A category named “${name}” already exists.`, {
    name: `A category named “${name}” already exists.`,
  });

async function categoryCount(db: Db, companyId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(categories).where(eq(categories.companyId, companyId));
  return row?.n ?? 0;
}

/**
 * Categories (F5). Support turns on with the first category and off with the last; each flip
 * deletes every operator's destination assignments (languages and categories), and the answer says
 * so with `destinationsCleared: true`. Mounted at /:companyId/categories.
 */
export const categoriesApp = new Hono<CompanyEnv>()
  .get('/', async (c) => {
    const company = c.get('company');
    const rows = await c
      .get('db')
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .where(eq(categories.companyId, company.id))
      .orderBy(asc(categories.createdAt), asc(categories.name));
    return c.json({ categoriesEnabled: company.categoriesEnabled, categories: rows });
  })
  .post('/', ownerOnly, validate('json', CategoryBodySchema), async (c) => {
    const { name } = c.req.valid('json');
    const companyId = c.get('company').id;
    const db = c.get('db');
    const turnsOn = (await categoryCount(db, companyId)) === 0;
    const id = randomId();
    const insert = db.insert(categories).values({ id, companyId, name, createdAt: new Date() });
    try {
      if (turnsOn) {
        await db.batch([
          insert,
          db.update(companies).set({ categoriesEnabled: true }).where(eq(companies.id, companyId)),
          ...clearAllDestinations(db, companyId),
        ]);
      } else {
        await insert;
      }
    } catch (err) {
      if (isUniqueViolation(err)) throw categoryExists(name);
      throw err;
    }
    await notifyCompanyChanged(c.env, companyId, 'categories');
    return c.json({ id, name, categoriesEnabled: true, destinationsCleared: turnsOn }, 201);
  })
  .patch('/:categoryId', ownerOnly, validate('json', CategoryBodySchema), async (c) => {
    const { name } = c.req.valid('json');
    const companyId = c.get('company').id;
    let renamed: { id: string; name: string }[];
    try {
      renamed = await c
        .get('db')
        .update(categories)
        .set({ name })
        .where(and(eq(categories.id, c.req.param('categoryId')), eq(categories.companyId, companyId)))
        .returning({ id: categories.id, name: categories.name });
    } catch (err) {
      if (isUniqueViolation(err)) throw categoryExists(name);
      throw err;
    }
    const category = renamed[0];
    if (!category) throw notFound('category');
    await notifyCompanyChanged(c.env, companyId, 'categories');
    return c.json({ ...category, categoriesEnabled: true });
  })
  .delete('/:categoryId', ownerOnly, async (c) => {
    const companyId = c.get('company').id;
    const categoryId = c.req.param('categoryId');
    const db = c.get('db');
    const [, gone] = await db.batch([
      db.delete(operatorCategories).where(and(eq(operatorCategories.companyId, companyId), eq(operatorCategories.categoryId, categoryId))),
      db
        .delete(categories)
        .where(and(eq(categories.id, categoryId), eq(categories.companyId, companyId)))
        .returning({ id: categories.id }),
    ]);
    if (gone.length === 0) throw notFound('category');
    const turnsOff = (await categoryCount(db, companyId)) === 0;
    if (turnsOff) {
      await db.batch([
        db.update(companies).set({ categoriesEnabled: false }).where(eq(companies.id, companyId)),
        ...clearAllDestinations(db, companyId),
      ]);
    }
    await notifyCompanyChanged(c.env, companyId, 'categories');
    return c.json({ categoriesEnabled: !turnsOff, destinationsCleared: turnsOff });
  });
