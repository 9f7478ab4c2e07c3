import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { Hono } from 'hono';
import { LanguageBodySchema } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { languages, operatorLanguages } from '../../db/schema';
import { ApiError, notFound } from '../lib/errors';
import { validate } from '../lib/validate';
import { type CompanyEnv, ownerOnly } from './membership';
import { notifyCompanyChanged } from './notify';
import { isUniqueViolation } from './unique-violation';

/** A company's languages, the default first, then in the order they were added. */
function listLanguages(db: Db, companyId: string) {
  return db
    .select({ code: languages.code, isDefault: languages.isDefault })
    .from(languages)
    .where(eq(languages.companyId, companyId))
    .orderBy(desc(languages.isDefault), asc(languages.createdAt), asc(languages.code));
}

const languageExists = (code: string) =>
  new ApiError(409, 'language_exists', `${code} is already added.`, { code: `${code} is already added.` });

/**
 * Supported languages (F4), BCP 47 primary codes. The first one added is the default; removing the
 * default hands it to the oldest remaining one; removing a language removes it from every
 * operator's destinations. Mounted at /:companyId/languages.
 */
export const languagesApp = new Hono<CompanyEnv>()
  .get('/', async (c) => c.json(await listLanguages(c.get('db'), c.get('company').id)))
  .post('/', ownerOnly, validate('json', LanguageBodySchema), async (c) => {
    const { code } = c.req.valid('json');
    const companyId = c.get('company').id;
    const db = c.get('db');
    const existing = await listLanguages(db, companyId);
    if (existing.some((l) => l.code === code)) throw languageExists(code);
    const isDefault = existing.length === 0;
    try {
      await db.insert(languages).values({ companyId, code, isDefault, createdAt: new Date() });
    } catch (err) {
      if (isUniqueViolation(err)) throw languageExists(code);
      throw err;
    }
    await notifyCompanyChanged(c.env, companyId, 'languages');
    return c.json({ code, isDefault }, 201);
  })
  .delete('/:code', ownerOnly, async (c) => {
    const companyId = c.get('company').id;
    const code = c.req.param('code');
    const db = c.get('db');
    const current = await listLanguages(db, companyId);
    const target = current.find((l) => l.code === code);
    if (!target) throw notFound('language');
    // The list is default-first then oldest-first, so the first other language is the oldest one.
    const heir = target.isDefault ? current.find((l) => l.code !== code) : undefined;
    const where = (lang: string) => and(eq(languages.companyId, companyId), eq(languages.code, lang));
    const statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]] = [
      db.delete(languages).where(where(code)),
      db.delete(operatorLanguages).where(and(eq(operatorLanguages.companyId, companyId), eq(operatorLanguages.code, code))),
    ];
    if (heir) statements.push(db.update(languages).set({ isDefault: true }).where(where(heir.code)));
    await db.batch(statements);
    await notifyCompanyChanged(c.env, companyId, 'languages');
    return c.body(null, 204);
  })
  .put('/:code/default', ownerOnly, async (c) => {
    const companyId = c.get('company').id;
    const code = c.req.param('code');
    const db = c.get('db');
    const found = await db
      .select({ code: languages.code })
      .from(languages)
      .where(and(eq(languages.companyId, companyId), eq(languages.code, code)))
      .get();
    if (!found) throw notFound('language');
    await db.batch([
      db
        .update(languages)
        .set({ isDefault: false })
        .where(and(eq(languages.companyId, companyId), ne(languages.code, code))),
      db
        .update(languages)
        .set({ isDefault: true })
        .where(and(eq(languages.companyId, companyId), eq(languages.code, code))),
    ]);
    await notifyCompanyChanged(c.env, companyId, 'languages');
    return c.json(await listLanguages(db, companyId));
  });
