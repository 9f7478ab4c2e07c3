import { MAX_PAGES_VIEWED, type PageInfo } from '../../common/protocol';

/**
 * The pages a visitor viewed during a chat after they are on `page` (F11): a new address is
 * added at the end, the same address again (a reload, a title change) only refreshes the last
 * entry, and only the last MAX_PAGES_VIEWED are kept. Pages without an address are skipped.
 */
export function withPageViewed(pages: readonly PageInfo[], page: PageInfo): PageInfo[] {
  if (!page.url) return [...pages];
  const last = pages.at(-1);
  const next = last?.url === page.url ? [...pages.slice(0, -1), page] : [...pages, page];
  return next.slice(-MAX_PAGES_VIEWED);
}
