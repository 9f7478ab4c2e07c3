import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies, configOutbox, languages } from '../../db/schema';
import { db } from '../../test/helpers';
import { connectOperator, connectVisitor, setupCompany } from '../../test/realtime';
import { notifyCompanyChanged, OUTBOX_RETRY_AFTER_MS, recordChange, sweepConfigOutbox } from './notify';

const pending = (companyId: string) => db().select().from(configOutbox).where(eq(configOutbox.companyId, companyId));

describe('config push outbox (F13)', () => {
  it('delivers a change whose call was lost when the cron sweeps, and not before it is overdue', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company);
    await db().update(companies).set({ greeting: 'Back soon' }).where(eq(companies.id, company.id));
    // The write and its outbox row are stored; the call to the room never happens.
    const row = await recordChange(env, company.id, 'settings');
    expect(row).toMatchObject({ what: 'settings', version: 1 });
    expect(await pending(company.id)).toHaveLength(1);

    // A request may still be delivering it: the sweep leaves fresh rows alone.
    expect(await sweepConfigOutbox(env, row!.createdAt.getTime())).toEqual({ delivered: 0, failed: 0 });
    const swept = await sweepConfigOutbox(env, row!.createdAt.getTime() + OUTBOX_RETRY_AFTER_MS + 1);
    expect(swept.delivered).toBeGreaterThanOrEqual(1);
    expect((await visitor.next('config')).config.greeting).toBe('Back soon');
    expect(await pending(company.id)).toEqual([]);
  });

  it('reloads everything when a later change arrives before a lost one', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company);
    const op = await connectOperator(company, company.owner);
    await db().update(companies).set({ greeting: 'Lost greeting' }).where(eq(companies.id, company.id));
    await recordChange(env, company.id, 'settings');
    await db().insert(languages).values({ companyId: company.id, code: 'de', isDefault: false, createdAt: new Date() });
    await notifyCompanyChanged(env, company.id, 'languages');

    const config = await visitor.until((f) => f.type === 'config' && f.config.greeting === 'Lost greeting');
    expect(config.type === 'config' && config.config.languages.map((l) => l.code)).toEqual(['en', 'de']);
    await op.until((f) => f.type === 'config' && f.config.languages.length === 2);
    // The delivered change is confirmed; the lost one waits for the cron, which finds nothing stale.
    expect((await pending(company.id)).map((r) => r.what)).toEqual(['settings']);
  });
});
