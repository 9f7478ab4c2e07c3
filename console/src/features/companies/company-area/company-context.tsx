import { type Accessor, createContext, onCleanup, type ParentProps, useContext } from 'solid-js';
import { ApiCallError, api, call } from '../../../lib/api';
import { createLoader, type Loader } from '../shared/loader';
import type { Company, MyCompany } from '../shared/types';

export interface CompanyContextValue {
  companyId: string;
  /** The company (settings, role, checklist); `null` when it doesn't exist or the caller isn't a member. */
  company: Loader<Company | null>;
  /** The caller's companies, for the switcher. */
  companies: Loader<MyCompany[]>;
  isOwner: Accessor<boolean>;
  /** Re-reads the company after a change elsewhere (the checklist, category support, the name). */
  refresh: () => void;
}

const CompanyContext = createContext<CompanyContextValue>();

async function fetchCompany(companyId: string): Promise<Company | null> {
  try {
    return await call(api.api.companies[':companyId'].$get({ param: { companyId } }));
  } catch (err) {
    if (err instanceof ApiCallError && err.status === 404) return null;
    throw err;
  }
}

/**
 * One company's data for every page of its area. Re-reads the company when the tab comes back
 * into view, so the checklist stays current while the owner works on their site in another tab.
 */
export function CompanyProvider(props: ParentProps<{ companyId: string }>) {
  const companyId = props.companyId;
  const company = createLoader(() => fetchCompany(companyId));
  const companies = createLoader(() => call(api.api.companies.$get()));
  const refresh = () => void company.reload();
  const onVisible = () => document.visibilityState === 'visible' && refresh();
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => document.removeEventListener('visibilitychange', onVisible));

  const value: CompanyContextValue = {
    companyId,
    company,
    companies,
    isOwner: () => company.data()?.role === 'owner',
    refresh,
  };
  return <CompanyContext.Provider value={value}>{props.children}</CompanyContext.Provider>;
}

/** The current company's context; pages of the company area only. */
export function useCompany(): CompanyContextValue {
  const ctx = useContext(CompanyContext);
  if (!ctx) throw new Error('useCompany outside CompanyProvider');
  return ctx;
}
