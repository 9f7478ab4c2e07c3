import { describe, expect, it } from 'vitest';
import de from '../../i18n/de';
import en from '../../i18n/en';
import { format } from '../../i18n/load';
import ru from '../../i18n/ru';
import uk from '../../i18n/uk';
import { busyText } from './busy-box';

const queued = (position: number, waitSeconds: number | null) => ({ position, waitSeconds, leave: true, contact: 'ask' as const });

describe('busy text (F10)', () => {
  it('tells a waiting visitor their place and the wait, in whole minutes', () => {
    expect(busyText(format, en, 'en', queued(2, 170))).toBe('All operators are busy — you are number 2, about 3 minutes.');
    expect(busyText(format, en, 'en', queued(1, 20))).toBe('All operators are busy — you are number 1, about 1 minute.');
    expect(busyText(format, de, 'de', queued(2, 60))).toBe('Alle Mitarbeiter sind beschäftigt — Sie sind Nummer 2, etwa 1 Minute.');
  });

  it('uses the plural rules of the language', () => {
    const wait = (t: typeof en, language: string, minutes: number) =>
      busyText(format, t, language, { position: null, waitSeconds: minutes * 60, leave: false, contact: null });
    expect([1, 2, 5, 21].map((n) => wait(uk, 'uk', n))).toEqual([
      'Усі оператори зайняті. Орієнтовне очікування: близько 1 хвилини.',
      'Усі оператори зайняті. Орієнтовне очікування: близько 2 хвилин.',
      'Усі оператори зайняті. Орієнтовне очікування: близько 5 хвилин.',
      'Усі оператори зайняті. Орієнтовне очікування: близько 21 хвилини.',
    ]);
    expect([1, 3, 11].map((n) => wait(ru, 'ru', n))).toEqual([
      'Все операторы заняты. Ожидание: около 1 минуты.',
      'Все операторы заняты. Ожидание: около 3 минут.',
      'Все операторы заняты. Ожидание: около 11 минут.',
    ]);
  });

  it('falls back to the place alone when the wait is unknown', () => {
    expect(busyText(format, en, 'en', queued(3, null))).toBe('You are number 3 in the queue.');
  });
});
