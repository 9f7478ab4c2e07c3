import { createAsync, useParams } from '@solidjs/router';
import type { Accessor } from 'solid-js';
import { PAGE_LANGS } from '../../../../common/help/page-langs';
import { companyPath } from '../companies/company-area/company-nav';
import { getLanguages } from '../companies/shared/queries';

/** Whose articles a page edits: Parley's knowledge base (admins) or a company's help center (members). */
export interface HelpScope {
  /** `null` for Parley's public knowledge base. */
  companyId: string | null;
  /** The console path of the section's list. */
  base: string;
  /** The languages articles are written in: Parley's pages, or the company's languages; undefined while loading. */
  langs: Accessor<readonly string[] | undefined>;
}

/** The scope of the page: a company's when it is rendered inside a company area (`:companyId`). */
export function useHelpScope(): HelpScope {
  const params = useParams();
  const companyId = params.companyId ?? null;
  if (companyId === null) return { companyId, base: '/help-articles', langs: () => PAGE_LANGS };
  const languages = createAsync(() => getLanguages(companyId));
  return { companyId, base: companyPath(companyId, 'help'), langs: () => languages()?.map((l) => l.code) };
}
