import { query } from '@solidjs/router';
import { hc, type InferResponseType } from 'hono/client';
import type { AppType } from '../../../../worker/app';
import { api, call } from '../../lib/api';

const reports = api.api.companies[':companyId'].reports;

/** The report and the names of the ids it mentions (GET …/reports). */
export type ReportAnswer = InferResponseType<typeof reports.$get, 200>;

export interface ReportApiQuery {
  from: string;
  to: string;
  operator?: string;
}

/** One range's report; the query is part of the cache key, so each range is fetched once. */
export const getReport = query((companyId: string, q: ReportApiQuery) => call(reports.$get({ param: { companyId }, query: q })), 'report');

/** The CSV download of the same query, from the worker's route table so the path can't drift. */
export function reportCsvUrl(companyId: string, q: ReportApiQuery): string {
  const url = hc<AppType>(window.location.origin).api.companies[':companyId']['reports.csv'].$url({ param: { companyId }, query: q });
  return `${url.pathname}${url.search}`;
}
