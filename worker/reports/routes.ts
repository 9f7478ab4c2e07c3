import { type Context, Hono } from 'hono';
import { reportCsv } from '../../common/reports/csv';
import { type ReportQueryInput, ReportQuerySchema } from '../../common/schemas/reports';
import type { Db } from '../../db/client';
import type { CompanyEnv, CompanyRow } from '../companies/membership';
import { validate } from '../lib/validate';
import { reportNames } from './names';
import { reportFromStore } from './report-store';

const validQuery = validate('query', ReportQuerySchema);

/**
 * The company's report (F22), mounted at /api/companies/:companyId: `GET /reports` as JSON and
 * `GET /reports.csv` as a download. Owners see everyone's figures (or one operator's); an operator
 * always gets their own, whatever `operator` says.
 */
export const reportRoutes = new Hono<CompanyEnv>()
  .get('/reports', validQuery, async (c) => {
    const { report, names } = await build(c.get('db'), c.get('company'), viewerOf(c), c.req.valid('query'));
    return c.json({ report, names });
  })
  .get('/reports.csv', validQuery, async (c) => {
    const { report, names } = await build(c.get('db'), c.get('company'), viewerOf(c), c.req.valid('query'));
    const csv = reportCsv(report, {
      operator: (id) => names.operators[id] ?? id,
      category: (id) => (id === null ? 'None' : (names.categories[id] ?? id)),
    });
    const suffix = report.operatorId === null ? '' : '-operator';
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="parley-report-${report.from}-${report.to}${suffix}.csv"`,
    });
  });

/** Whose figures the caller may see: null for everyone's. */
function viewerOf(c: Context<CompanyEnv>): (asked: string | undefined) => string | null {
  const own = c.get('user').id;
  return c.get('role') === 'owner' ? (asked) => asked ?? null : () => own;
}

async function build(db: Db, company: CompanyRow, operatorFor: (asked: string | undefined) => string | null, query: ReportQueryInput) {
  const operatorId = operatorFor(query.operator);
  const report = await reportFromStore(db, company.id, { timeZone: company.timeZone, from: query.from, to: query.to, operatorId });
  return { report, names: await reportNames(db, company.id, report) };
}
