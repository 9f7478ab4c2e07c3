import { describe, expect, it } from 'vitest';
import { ukrainianKey } from './text';

describe('ukrainianKey', () => {
  it.each([
    [['оплата', 'оплати', 'оплату', 'оплатою', 'оплаті']],
    [['категорія', 'категорії', 'категорій', 'категоріями', 'категоріях']],
    [['компанія', 'компанії', 'компаній', 'компанією', 'компаніями']],
    [['статус', 'статусу', 'статуси', 'статусів']],
    [['сеанс', 'сеансу', 'сеанси', 'сеансів']],
    [['доступність', 'доступності', 'доступністю']],
    [['оператор', 'оператора', 'операторам', 'операторів', 'операторами']],
    [['віджет', 'віджета', 'віджету', 'віджетом']],
    [['тариф', 'тарифи', 'тарифів', 'тарифам']],
  ])('gives the case forms of %j one key', (forms) => {
    expect(new Set(forms.map(ukrainianKey)).size).toBe(1);
  });

  it('keeps short stems and different words apart', () => {
    expect(ukrainianKey('мовами')).toBe(ukrainianKey('мова'));
    expect(ukrainianKey('чатами')).toBe(ukrainianKey('чат'));
    expect(ukrainianKey('відповідати')).not.toBe(ukrainianKey('оплати'));
    expect(ukrainianKey('мова')).not.toBe(ukrainianKey('мітка'));
  });
});
