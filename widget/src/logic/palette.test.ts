import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { PALETTE, type Palette, paletteCss } from './palette';

type Name = keyof Palette;
/** Text on the backgrounds it is drawn on (WCAG AA: 4.5:1). */
const TEXT: [Name, Name][] = [
  ['fg', 'bg'],
  ['fg', 'sf'],
  ['fg', 'wb'],
  ['fg', 'mk'],
  ['mu', 'bg'],
  ['mu', 'sf'],
  ['lk', 'bg'],
  ['lk', 'sf'],
  ['er', 'bg'],
  ['af', 'ab'],
  ['of', 'ob'],
];

describe('the widget palette', () => {
  for (const [scheme, palette] of Object.entries(PALETTE)) {
    it(`keeps text at AA contrast in the ${scheme} scheme`, () => {
      for (const [text, background] of TEXT)
        expect(contrastRatio(palette[text], palette[background]), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    });

    it(`keeps control borders and the focus ring visible in the ${scheme} scheme (3:1)`, () => {
      expect(contrastRatio(palette.bd, palette.bg)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(palette.lk, palette.bg)).toBeGreaterThanOrEqual(3);
    });
  }

  it('names the same colours in both schemes', () => {
    expect(Object.keys(PALETTE.dark)).toEqual(Object.keys(PALETTE.light));
  });

  it('writes custom property declarations', () => {
    expect(
      paletteCss({ ...PALETTE.light, bg: '#fff' })
        .split(';')
        .slice(0, 2),
    ).toEqual(['--bg:#fff', '--fg:#111827']);
  });
});
