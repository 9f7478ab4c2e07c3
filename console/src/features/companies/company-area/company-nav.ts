/** One entry of the company area's side navigation; `path` is relative to /companies/:companyId. */
export interface CompanyNavItem {
  path: string;
  label: string;
  /** Shown under a group heading (the seed's "Widget-Code" menu item lives under Widget). */
  group?: 'Widget';
}

/** The company area's sections, in menu order; routes and the company switcher both read it. */
export const COMPANY_NAV: readonly CompanyNavItem[] = [
  { path: '', label: 'Overview' },
  { path: 'chat', label: 'Chats' },
  { path: 'offline-messages', label: 'Offline messages' },
  { path: 'reports', label: 'Reports' },
  { path: 'settings', label: 'Settings' },
  { path: 'domains', label: 'Domains' },
  { path: 'languages', label: 'Languages' },
  { path: 'categories', label: 'Categories' },
  { path: 'operators', label: 'Operators' },
  { path: 'fast-responses', label: 'Fast responses' },
  { path: 'help', label: 'Help center' },
  { path: 'plan', label: 'Plan' },
  { path: 'widget/code', label: 'Code', group: 'Widget' },
  { path: 'widget/test-chat', label: 'Test chat', group: 'Widget' },
];

/** The console path of a company section. */
export function companyPath(companyId: string, section = ''): string {
  const base = `/companies/${encodeURIComponent(companyId)}`;
  return section ? `${base}/${section}` : base;
}

/**
 * The section a pathname inside a company area belongs to (the longest matching menu entry),
 * so `/companies/a/operators/u1/destinations` is in `operators`.
 */
export function sectionOf(pathname: string): string {
  const rest = pathname.replace(/^\/companies\/[^/]+\/?/, '').replace(/\/+$/, '');
  let best = '';
  for (const { path } of COMPANY_NAV) {
    if (path && (rest === path || rest.startsWith(`${path}/`)) && path.length > best.length) best = path;
  }
  return best;
}

/**
 * Where the company switcher goes: the same section of the other company. Ids below a section
 * (an operator's destinations) belong to the old company, so only the section is kept.
 */
export function switchCompanyPath(pathname: string, toCompanyId: string): string {
  return companyPath(toCompanyId, sectionOf(pathname));
}
