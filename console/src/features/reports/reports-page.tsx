import { createAsync, revalidate, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { QueryState } from '../../components/query-state';
import { useCompany } from '../companies/company-area/company-context';
import { ReportBody } from './report-body';
import { ReportFilters } from './report-filters';
import { filterOf, paramsOf, type ReportFilter, type ReportParams, reportQuery, todayIn } from './report-range';
import { getReport, type ReportApiQuery, reportCsvUrl } from './reports-api';
import './reports.css';

const sameJson = <T,>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Company → Reports (F22): how many chats the team took and missed, how fast it answered and how
 * visitors rated it, for a range of the company's local days. The range and the operator are in
 * the URL, so a reload or a bookmark shows the same report. Owners see everyone's figures or one
 * operator's; an operator sees their own.
 */
export default function ReportsPage() {
  const { companyId, company, isOwner } = useCompany();
  const [params, setParams] = useSearchParams<ReportParams & Record<string, string>>();
  const timeZone = () => company.latest?.timeZone ?? 'UTC';
  const filter = createMemo(() => filterOf(params, todayIn(timeZone())), undefined, { equals: sameJson });
  const apiQuery = createMemo(() => reportQuery(filter(), isOwner()), undefined, { equals: sameJson });
  const setFilter = (f: ReportFilter) => setParams({ ...paramsOf(f) });
  const [refreshing, setRefreshing] = createSignal(false);
  const refresh = () => {
    setRefreshing(true);
    void revalidate(getReport.keyFor(companyId, apiQuery())).finally(() => setRefreshing(false));
  };

  return (
    <div class="reports-page">
      <div class="page-head">
        <h2 class="page-title">Reports</h2>
        <div class="report-actions">
          <button type="button" onClick={refresh} disabled={refreshing()} aria-busy={refreshing()}>
            {refreshing() ? 'Refreshing…' : 'Refresh'}
          </button>
          <a class="button" href={reportCsvUrl(companyId, apiQuery())} download="">
            Download CSV
          </a>
        </div>
      </div>
      <p class="lead">
        Days run midnight to midnight in the company’s time zone, {timeZone()}. New chats show up here within a minute or two.
      </p>
      <ReportFilters companyId={companyId} filter={filter()} isOwner={isOwner()} onChange={setFilter} />
      <Show when={apiQuery()} keyed>
        {(q) => <ReportView companyId={companyId} query={q} />}
      </Show>
    </div>
  );
}

/** One query's report: its own loading and error states, so a new range starts afresh. */
function ReportView(props: { companyId: string; query: ReportApiQuery }) {
  const answer = createAsync(() => getReport(props.companyId, props.query));
  return (
    <QueryState data={answer} what="the report" keys={getReport.keyFor(props.companyId, props.query)}>
      {(a) => <ReportBody report={a().report} names={a().names} />}
    </QueryState>
  );
}
