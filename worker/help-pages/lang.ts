import { isPageLang, PAGE_LANGS, type PageLang } from '../../common/help/page-langs';

/**
 * The visitor's best page language from an `Accept-Language` header: the highest-weighted range
 * whose primary subtag is one of ours ("uk-UA" → uk), ties kept in header order; English otherwise.
 * A malformed weight (`q=abc`) drops its range, as a weight of 0 would (NaN > 0 is false).
 */
export function negotiateLang(header: string | null | undefined): PageLang {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=(.*)$/i.exec(p)?.[1]?.trim()).find((v) => v !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranges.map((r) => r.primary).find(isPageLang) ?? PAGE_LANGS[0];
}
