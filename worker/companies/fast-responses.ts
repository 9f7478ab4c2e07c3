import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { randomId } from '../../common/ids';
import { FastResponseBodySchema, FastResponsePatchBodySchema } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { fastResponses } from '../../db/schema';
import { ApiError, notFound } from '../lib/errors';
import { validate } from '../lib/validate';
import { type CompanyEnv, ownerOnly } from './membership';
import { notifyCompanyChanged } from './notify';
import { isUniqueViolation } from './unique-violation';

type FastResponseRow = typeof fastResponses.$inferSelect;

const nicknameTaken = (nickname: string) =>
  new ApiError(409, 'nickname_taken', `Another fast response already uses the nickname “${nickname}”.`, {
    nickname: `Another fast response already uses the nickname “${nickname}”.`,
  });

const view = (r: FastResponseRow) => ({
  id: r.id,
  nickname: r.nickname,
  text: r.text,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** Nicknames are typed after `\` in the composer, so `Greet` and `greet` count as the same one. */
async function ensureNicknameFree(db: Db, companyId: string, nickname: string, exceptId?: string): Promise<void> {
  const clash = await db
    .select({ id: fastResponses.id })
    .from(fastResponses)
    .where(
      and(
        eq(fastResponses.companyId, companyId),
        sql`lower(${fastResponses.nickname}) = lower(${nickname})`,
        exceptId ? ne(fastResponses.id, exceptId) : undefined,
      ),
    )
    .get();
  if (clash) throw nicknameTaken(nickname);
}

/**
 * Fast responses (F12): company-wide canned replies with an optional unique nickname. Every member
 * reads them (the chat composer needs them); the owner edits. Mounted at /:companyId/fast-responses.
 */
export const fastResponsesApp = new Hono<CompanyEnv>()
  .get('/', async (c) => {
    const rows = await c
      .get('db')
      .select()
      .from(fastResponses)
      .where(eq(fastResponses.companyId, c.get('company').id))
      .orderBy(asc(fastResponses.createdAt), asc(fastResponses.id));
    return c.json(rows.map(view));
  })
  .post('/', ownerOnly, validate('json', FastResponseBodySchema), async (c) => {
    const { text, nickname = null } = c.req.valid('json');
    const companyId = c.get('company').id;
    const db = c.get('db');
    if (nickname) await ensureNicknameFree(db, companyId, nickname);
    const now = new Date();
    let row: FastResponseRow | undefined;
    try {
      row = await db
        .insert(fastResponses)
        .values({ id: randomId(), companyId, nickname, text, createdAt: now, updatedAt: now })
        .returning()
        .get();
    } catch (err) {
      if (nickname && isUniqueViolation(err)) throw nicknameTaken(nickname);
      throw err;
    }
    await notifyCompanyChanged(c.env, companyId, 'fast-responses');
    return c.json(view(row), 201);
  })
  .patch('/:fastResponseId', ownerOnly, validate('json', FastResponsePatchBodySchema), async (c) => {
    const body = c.req.valid('json');
    const companyId = c.get('company').id;
    const id = c.req.param('fastResponseId');
    const db = c.get('db');
    const where = and(eq(fastResponses.id, id), eq(fastResponses.companyId, companyId));
    const current = await db.select().from(fastResponses).where(where).get();
    if (!current) throw notFound('fast response');
    if (body.nickname) await ensureNicknameFree(db, companyId, body.nickname, id);
    let row: FastResponseRow | undefined;
    try {
      row = await db
        .update(fastResponses)
        .set({
          ...(body.text !== undefined ? { text: body.text } : {}),
          ...(body.nickname !== undefined ? { nickname: body.nickname } : {}),
          updatedAt: new Date(),
        })
        .where(where)
        .returning()
        .get();
    } catch (err) {
      if (body.nickname && isUniqueViolation(err)) throw nicknameTaken(body.nickname);
      throw err;
    }
    if (!row) throw notFound('fast response');
    await notifyCompanyChanged(c.env, companyId, 'fast-responses');
    return c.json(view(row));
  })
  .delete('/:fastResponseId', ownerOnly, async (c) => {
    const companyId = c.get('company').id;
    const gone = await c
      .get('db')
      .delete(fastResponses)
      .where(and(eq(fastResponses.id, c.req.param('fastResponseId')), eq(fastResponses.companyId, companyId)))
      .returning({ id: fastResponses.id });
    if (gone.length === 0) throw notFound('fast response');
    await notifyCompanyChanged(c.env, companyId, 'fast-responses');
    return c.body(null, 204);
  });
