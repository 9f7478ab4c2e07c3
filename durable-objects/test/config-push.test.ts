import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies, fastResponses, languages } from '../../db/schema';
import { db } from '../../test/helpers';
import { connectOperator, connectVisitor, roomOf, setDestinations, setupCompany } from '../../test/realtime';

describe('live configuration (F13)', () => {
  it('pushes settings and languages to open widgets and chat pages, and availability when destinations change', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    expect(visitor.welcome.availability.available).toBe(true);
    const room = roomOf(company);

    await db()
      .update(companies)
      .set({ greeting: 'Hi there!', color: '#ff0000', offlineFormEnabled: false })
      .where(eq(companies.id, company.id));
    await room.configChanged('settings');
    expect((await visitor.next('config')).config).toMatchObject({ greeting: 'Hi there!', color: '#ff0000', offlineForm: false });
    expect((await op.next('config')).config.offlineFormEnabled).toBe(false);

    await db().insert(languages).values({ companyId: company.id, code: 'de', isDefault: false, createdAt: new Date() });
    await room.configChanged('languages');
    expect((await visitor.next('config')).config.languages.map((l) => l.code)).toEqual(['en', 'de']);

    await db()
      .insert(fastResponses)
      .values({
        id: `fr-${company.id}`,
        companyId: company.id,
        nickname: 'hi',
        text: 'Hello!',
        createdAt: new Date(),
        updatedAt: new Date(),
      });
    await room.configChanged('fast-responses');
    await op.until((f) => f.type === 'config' && f.config.fastResponses.length === 1 && f.config.fastResponses[0]!.text === 'Hello!');

    await setDestinations(company, company.owner, ['de']);
    await room.configChanged('destinations');
    expect(await visitor.next('availability')).toEqual({ type: 'availability', state: 'offline', available: false, offlineForm: false });
  });

  it('uses the snapshot between changes: D1 edits without a notification are not seen', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company);
    await db().update(companies).set({ greeting: 'silent edit' }).where(eq(companies.id, company.id));
    const again = await connectVisitor(company);
    expect(again.welcome.config.greeting).toBe('');
    await roomOf(company).configChanged('settings');
    expect((await visitor.next('config')).config.greeting).toBe('silent edit');
  });

  it('disconnects everyone when the company is deleted', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    await db().delete(companies).where(eq(companies.id, company.id));
    await roomOf(company).configChanged('deleted');
    expect(await visitor.closed).toBe(4403);
    expect(await op.closed).toBe(4403);
  });
});
