import { describe, expect, it } from 'vitest';
import { fileSize, refusalKey } from './refusal';
import { attachStrings } from './strings';

describe('attachment refusals and sizes (F20)', () => {
  it('says why the server refused, in the visitor’s language', () => {
    expect([413, 415, 429, 409, 500, 0].map(refusalKey)).toEqual(['tooLarge', 'type', 'tooMany', 'closed', 'failed', 'failed']);
    expect(attachStrings('uk')[refusalKey(415)]).toContain('не можна надіслати');
    expect(attachStrings('de-AT')[refusalKey(413)]).toContain('zu groß');
    expect(attachStrings('fr')).toBe(attachStrings('en'));
  });

  it('has every string in every widget language', () => {
    const keys = Object.keys(attachStrings('en')).sort();
    for (const lang of ['uk', 'ru', 'de']) expect(Object.keys(attachStrings(lang)).sort()).toEqual(keys);
  });

  it('formats sizes for people in the UI language', () => {
    expect(fileSize(820, 'en')).toBe('820 byte');
    expect(fileSize(48_213, 'en')).toBe('48 kB');
    expect(fileSize(5_242_880, 'en')).toBe('5.2 MB');
    expect(fileSize(5_242_880, 'de')).toBe('5,2 MB');
  });
});
