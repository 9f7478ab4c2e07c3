import { revalidate } from '@solidjs/router';
import { type Accessor, createContext, onCleanup, type ParentProps, useContext } from 'solid-js';
import { createQueryData, type QueryData } from '../../../lib/query-cache';
import { getCompany, getMyCompanies } from '../shared/queries';
import type { Company, MyCompany } from '../shared/types';

export interface CompanyContextValue {
  companyId: string;
  /** The company (settings, role, checklist); `null` when it doesn't exist or the caller isn't a member. */
  company: QueryData<Company | null>;
  /** The caller's companies, for the switcher. */
  companies: QueryData<MyCompany[]>;
  isOwner: Accessor<boolean>;
  /** Re-reads the company after a change elsewhere (the checklist, category support, the name). */
  refresh: () => void;
}

const CompanyContext = createContext<CompanyContextValue>();

/**
 * One company's data for every page of its area. Re-reads the company when the tab comes back
 * into view, so the checklist stays current while the owner works on their site in another tab.
 */
export function CompanyProvider(props: ParentProps<{ companyId: string }>) {
  const companyId = props.companyId;
  const company = createQueryData(getCompany, companyId);
  const companies = createQueryData(getMyCompanies);
  const refresh = () => void revalidate(getCompany.keyFor(companyId));
  const onVisible = () => document.visibilityState === 'visible' && refresh();
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => document.removeEventListener('visibilitychange', onVisible));

  const value: CompanyContextValue = {
    companyId,
    company,
    companies,
    // Read only where the company has loaded (the frame shows pages after it), so it never suspends.
    isOwner: () => company.latest?.role === 'owner',
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
