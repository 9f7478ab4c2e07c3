import { query } from '@solidjs/router';
import { ApiCallError, api, call } from '../../../lib/api';
import type { Company } from './types';

/**
 * The company area's reads, as router queries: one cache entry per query and arguments, shared
 * by every view that reads it (`createAsync`), deduplicated, and fetched again by `revalidate`.
 * Names are distinct prefixes of each other's keys, since `revalidate` matches keys by prefix.
 */
const company = api.api.companies[':companyId'];

/** The caller's companies with their role. */
export const getMyCompanies = query(() => call(api.api.companies.$get()), 'my-companies');

/** One company; `null` when it doesn't exist or the caller isn't a member. */
export const getCompany = query(async (companyId: string): Promise<Company | null> => {
  try {
    return await call(company.$get({ param: { companyId } }));
  } catch (err) {
    if (err instanceof ApiCallError && err.status === 404) return null;
    throw err;
  }
}, 'company');

export const getDomains = query((companyId: string) => call(company.domains.$get({ param: { companyId } })), 'domains');
export const getLanguages = query((companyId: string) => call(company.languages.$get({ param: { companyId } })), 'languages');
export const getCategories = query((companyId: string) => call(company.categories.$get({ param: { companyId } })), 'categories');
export const getOperators = query((companyId: string) => call(company.operators.$get({ param: { companyId } })), 'operators');
export const getDestinations = query(
  (companyId: string, userId: string) => call(company.operators[':userId'].destinations.$get({ param: { companyId, userId } })),
  'destinations',
);
export const getFastResponses = query(
  (companyId: string) => call(company['fast-responses'].$get({ param: { companyId } })),
  'fast-responses',
);
export const getWidgetCode = query((companyId: string) => call(company['widget-code'].$get({ param: { companyId } })), 'widget-code');
export const getPlan = query((companyId: string) => call(company.plan.$get({ param: { companyId } })), 'plan');
export const getPayments = query((companyId: string) => call(company.payments.$get({ param: { companyId } })), 'payments');
export const getPlanCatalogue = query(() => call(api.api.plans.$get()), 'catalogue');
