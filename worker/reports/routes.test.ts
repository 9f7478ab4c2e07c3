import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../common/reports/aggregate';
import { CSV_HEADER } from '../../common/reports/csv';
import type { ReportNames } from '../../common/schemas/reports';
import { companies } from '../../db/schema';
import { storeChatEvents } from '../../test/chat-events';
import { apiFetch, db, type TestUser } from '../../test/helpers';
import { type CompanyFixture, createCompanyFixture } from '../companies/test/fixtures';
import { storePendingMessage } from '../offline/test/fixtures';

const at = (iso: string) => Date.parse(iso);

function answered(f: CompanyFixture, chatId: string, startIso: string, operator: TestUser, replySeconds: number) {
  const start = at(startIso);
  return storeChatEvents(f.companyId, chatId, [
    { kind: 'started', at: start, language: 'en', category: f.categoryId },
    { kind: 'assigned', at: start + 2_000, operatorId: operator.id },
    { kind: 'first_reply', at: start + replySeconds * 1000, operatorId: operator.id },
    { kind: 'closed', at: start + 600_000, by: 'operator', operatorId: operator.id },
  ]);
}

/** Two answered chats (one each), a missed one and an offline message, in Kyiv time. */
async function companyWithChats() {
  const f = await createCompanyFixture();
  await db().update(companies).set({ timeZone: 'Europe/Kyiv' }).where(eq(companies.id, f.companyId));
  await answered(f, 'c-owner', '2026-03-02T08:00:00Z', f.owner, 30);
  // 22:30 UTC on 2 March is 00:30 on 3 March in Kyiv (UTC+2).
  await answered(f, 'c-op', '2026-03-02T22:30:00Z', f.operator, 90);
  await storeChatEvents(f.companyId, 'c-missed', [
    { kind: 'started', at: at('2026-03-03T09:00:00Z'), language: 'uk', category: null },
    { kind: 'missed', at: at('2026-03-03T09:05:00Z'), reason: 'left_queue' },
    { kind: 'closed', at: at('2026-03-03T09:05:00Z'), by: 'visitor', operatorId: null },
  ]);
  // Started before the range: its late close must not bring it in.
  await answered(f, 'c-before', '2026-02-28T21:00:00Z', f.owner, 10);
  await storePendingMessage(f.companyId, { createdAt: new Date('2026-03-03T12:00:00Z') });
  await storePendingMessage(f.companyId, { createdAt: new Date('2026-03-03T12:01:00Z'), deliveryStatus: 'suppressed' });
  return f;
}

const getReport = (f: CompanyFixture, user: TestUser, query: string) => apiFetch(`/api/companies/${f.companyId}/reports${query}`, { user });

describe('GET /api/companies/:companyId/reports (F22)', () => {
  it("gives the owner everyone's figures per local day in the company's time zone, with names", async () => {
    const f = await companyWithChats();
    const res = await getReport(f, f.owner, '?from=2026-03-01&to=2026-03-03');
    expect(res.status).toBe(200);
    const { report, names } = await res.json<{ report: Report; names: ReportNames }>();
    expect(report).toMatchObject({ timeZone: 'Europe/Kyiv', from: '2026-03-01', to: '2026-03-03', operatorId: null });
    expect(report.total).toMatchObject({
      chats: 3,
      missed: 1,
      offlineMessages: 1,
      firstResponse: { count: 2, median: 30_000, p90: 90_000 },
    });
    expect(report.days.map((d) => [d.date, d.chats])).toEqual([
      ['2026-03-01', 0],
      ['2026-03-02', 1],
      ['2026-03-03', 2],
    ]);
    expect(report.operators.map((o) => o.operatorId).sort()).toEqual([f.owner.id, f.operator.id].sort());
    expect(names.operators[f.operator.id]).toBe(f.operator.name);
    expect(names.categories[f.categoryId]).toBeTruthy();
  });

  it('filters by operator for the owner; an operator always gets their own figures', async () => {
    const f = await companyWithChats();
    const owner = await (await getReport(f, f.owner, `?from=2026-03-01&to=2026-03-03&operator=${f.operator.id}`)).json<{
      report: Report;
    }>();
    expect(owner.report).toMatchObject({ operatorId: f.operator.id, total: { chats: 1, firstResponse: { median: 90_000 } } });
    const own = await (await getReport(f, f.operator, `?from=2026-03-01&to=2026-03-03&operator=${f.owner.id}`)).json<{ report: Report }>();
    expect(own.report).toMatchObject({ operatorId: f.operator.id, total: { chats: 1, offlineMessages: 0 } });
    expect(own.report.operators.map((o) => o.operatorId)).toEqual([f.operator.id]);
  });

  it('refuses bad ranges with field errors', async () => {
    const f = await createCompanyFixture();
    const res = await getReport(f, f.owner, '?from=2026-03-05&to=2026-03-01');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_input', fields: { to: expect.any(String) } } });
    expect((await getReport(f, f.owner, '?from=2026-02-30&to=2026-03-01')).status).toBe(400);
    expect((await getReport(f, f.owner, '')).status).toBe(400);
  });

  it('downloads the same figures as CSV', async () => {
    const f = await companyWithChats();
    const res = await apiFetch(`/api/companies/${f.companyId}/reports.csv?from=2026-03-01&to=2026-03-03`, { user: f.owner });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="parley-report-2026-03-01-2026-03-03.csv"');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    const total = Object.fromEntries(CSV_HEADER.map((h, i) => [h, lines[1]!.split(',')[i]]));
    expect(total).toMatchObject({
      chats: '3',
      missed: '1',
      missed_left_queue: '1',
      first_response_median_s: '30.000',
      offline_messages: '1',
    });
    expect(lines.some((l) => l.startsWith(`operator,${f.operator.name},1,`))).toBe(true);
  });

  it("leaves out the console's test chats", async () => {
    const f = await createCompanyFixture();
    await answered(f, 'c-real', '2026-03-02T08:00:00Z', f.owner, 30);
    await storeChatEvents(f.companyId, 'c-test', [
      { kind: 'started', at: at('2026-03-02T09:00:00Z'), language: 'en', category: null, test: true },
      { kind: 'assigned', at: at('2026-03-02T09:00:05Z'), operatorId: f.owner.id },
    ]);
    const { report } = await (await getReport(f, f.owner, '?from=2026-03-02&to=2026-03-02')).json<{ report: Report }>();
    expect(report.total).toMatchObject({ chats: 1, wait: { count: 1, median: 2_000 }, firstResponse: { count: 1, median: 30_000 } });
    expect(report.hoursOfWeek.flat().reduce((a, b) => a + b)).toBe(1);
  });
});
