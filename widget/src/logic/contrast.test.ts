import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, textColorOn } from './contrast';

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(Number.isNaN(luminance('blue'))).toBe(true);
  });

  it('picks white on dark brand colours and black on light ones', () => {
    expect(textColorOn('#2563eb')).toBe('#ffffff');
    expect(textColorOn('#1e293b')).toBe('#ffffff');
    expect(textColorOn('#facc15')).toBe('#000000');
    expect(textColorOn('#ffffff')).toBe('#000000');
  });

  it('always reaches 4.5:1 against any company colour', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(fc.property(hex, (bg) => contrastRatio(bg, textColorOn(bg)) >= 4.5));
  });

  it('picks whichever of black and white contrasts more', () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    const better = (bg: string) => (contrastRatio(bg, '#000000') >= contrastRatio(bg, '#ffffff') ? '#000000' : '#ffffff');
    fc.assert(fc.property(hex, (bg) => textColorOn(bg) === better(bg)));
  });
});
