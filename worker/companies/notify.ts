import { eq, lt, sql } from 'drizzle-orm';
import type { ConfigChange } from '../../common/config-change';
import { randomId } from '../../common/ids';
import { getDb } from '../../db/client';
import { companies, configOutbox } from '../../db/schema';
import { eraseCompanyData } from '../data/registry';
import { companyRoom } from '../lib/company-room';

export type OutboxRow = typeof configOutbox.$inferSelect;

/** How old an outbox row must be before the cron retries it: past any request still delivering it. */
export const OUTBOX_RETRY_AFTER_MS = 60_000;
const OUTBOX_SWEEP_BATCH = 100;

/**
 * Records that part of a company's data changed (F13): bumps the company's config version and
 * writes an outbox row with it, in one transaction. Returns the row, or null when the company is gone.
 */
export async function recordChange(env: Env, companyId: string, what: Exclude<ConfigChange, 'deleted'>): Promise<OutboxRow | null> {
  const id = randomId();
  const now = Date.now();
  const [, inserted] = await env.DB.batch<{ version: number }>([
    env.DB.prepare('UPDATE companies SET config_version = config_version + 1 WHERE id = ?').bind(companyId),
    env.DB.prepare(
      'INSERT INTO config_outbox (id, company_id, what, version, tries, created_at) SELECT ?, id, ?, config_version, 0, ? FROM companies WHERE id = ? RETURNING version',
    ).bind(id, what, now, companyId),
  ]);
  const version = inserted?.results[0]?.version;
  return version === undefined ? null : { id, companyId, what, version, tries: 0, createdAt: new Date(now) };
}

/**
 * Tells the company's Durable Object that part of its data changed, so open widgets and chat
 * pages pick it up at once (F13). Every write to an existing company's data (under
 * /api/companies/:companyId and /api/me) calls it after the write is stored. The change is in
 * the outbox first, so a failed call is retried by the cron instead of lost; the response does
 * not wait on a retry because the write itself already succeeded.
 */
export async function notifyCompanyChanged(env: Env, companyId: string, what: Exclude<ConfigChange, 'deleted'>): Promise<void> {
  const row = await recordChange(env, companyId, what);
  if (row) await deliverChange(env, row);
}

/**
 * Deletes a company and erases all its data (SPEC S). The outbox row is written with the delete,
 * so an erase that fails half-way is finished by the cron.
 */
export async function deleteCompany(env: Env, companyId: string): Promise<void> {
  const row: OutboxRow = { id: randomId(), companyId, what: 'deleted', version: 0, tries: 0, createdAt: new Date() };
  const db = getDb(env.DB);
  await db.batch([db.insert(configOutbox).values(row), db.delete(companies).where(eq(companies.id, companyId))]);
  await deliverChange(env, row);
}

/** Hands one outbox row to the room (or runs the erase it stands for) and deletes it; a failure counts a try. */
export async function deliverChange(env: Env, row: OutboxRow): Promise<boolean> {
  const db = getDb(env.DB);
  try {
    if (row.what === 'deleted') await eraseCompanyData(env, row.companyId);
    else await companyRoom(env, row.companyId).configChanged(row.what as ConfigChange, row.version);
    await db.delete(configOutbox).where(eq(configOutbox.id, row.id));
    return true;
  } catch (err) {
    console.error('config push failed; the cron retries it', row.companyId, row.what, err);
    await db
      .update(configOutbox)
      .set({ tries: sql`${configOutbox.tries} + 1` })
      .where(eq(configOutbox.id, row.id));
    return false;
  }
}

/** The cron's half (wrangler.toml): delivers every change older than OUTBOX_RETRY_AFTER_MS, oldest first. */
export async function sweepConfigOutbox(env: Env, now = Date.now()): Promise<{ delivered: number; failed: number }> {
  const rows = await getDb(env.DB)
    .select()
    .from(configOutbox)
    .where(lt(configOutbox.createdAt, new Date(now - OUTBOX_RETRY_AFTER_MS)))
    .orderBy(configOutbox.createdAt)
    .limit(OUTBOX_SWEEP_BATCH);
  let delivered = 0;
  for (const row of rows) if (await deliverChange(env, row)) delivered++;
  return { delivered, failed: rows.length - delivered };
}
