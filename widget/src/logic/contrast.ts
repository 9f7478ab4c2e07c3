/** WCAG 2 relative luminance of a `#rgb` / `#rrggbb` colour; NaN for anything else. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return NaN;
  const h = m[1]!.length === 3 ? m[1]!.replace(/./g, '$&$&') : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio between two colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The luminance on which black and white text contrast equally: (L + 0.05)² = 0.05 × 1.05. */
const EVEN = Math.sqrt(0.0525) - 0.05;

/**
 * Black or white, whichever reads better on `background` (the company colour). One of the two
 * always reaches at least 4.58:1, so text on the brand colour meets WCAG AA (4.5:1).
 */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  return luminance(background) >= EVEN ? '#000000' : '#ffffff';
}
