import { describe, expect, it } from 'vitest';
import { RECEIPT_STRINGS, receiptStrings } from './strings';

describe('receipt marks words (F21)', () => {
  it('speaks every widget UI language, each in its own words, and English otherwise', () => {
    const languages = Object.keys(import.meta.glob('../../../i18n/[a-z][a-z].ts')).map((p) => p.slice(-5, -3));
    expect(Object.keys(RECEIPT_STRINGS).sort()).toEqual(languages.sort());
    for (const code of languages.filter((c) => c !== 'en')) expect(receiptStrings(code).seen).not.toBe(RECEIPT_STRINGS.en!.seen);
    expect(receiptStrings('de-AT')).toBe(RECEIPT_STRINGS.de);
    expect(receiptStrings('fr')).toBe(RECEIPT_STRINGS.en);
  });
});
