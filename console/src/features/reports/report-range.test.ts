import { describe, expect, test } from 'vitest';
import { filterOf, paramsOf, presetRange, reportQuery, todayIn } from './report-range';

describe('the report range', () => {
  test("today is the company's date, not the viewer's", () => {
    // 22:30 UTC on 30 November is already 1 December in Kyiv and still 30 November in New York.
    const at = Date.UTC(2026, 10, 30, 22, 30);
    expect(todayIn('Europe/Kyiv', at)).toBe('2026-12-01');
    expect(todayIn('America/New_York', at)).toBe('2026-11-30');
  });

  test('presets end today and count today in', () => {
    expect(presetRange('today', '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(presetRange('7d', '2026-03-01')).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(presetRange('30d', '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });

  test('an empty or unknown URL shows the last 7 days for everyone', () => {
    const week = { preset: '7d', from: '2026-11-24', to: '2026-11-30', operator: '' };
    expect(filterOf({}, '2026-11-30')).toEqual(week);
    expect(filterOf({ range: 'year' }, '2026-11-30')).toEqual(week);
  });

  test('a custom range keeps its dates; a missing one falls back to the week', () => {
    expect(filterOf({ range: 'custom', from: '2026-01-05', to: '2026-02-01', operator: 'u1' }, '2026-11-30')).toEqual({
      preset: 'custom',
      from: '2026-01-05',
      to: '2026-02-01',
      operator: 'u1',
    });
    expect(filterOf({ range: 'custom', from: 'soon' }, '2026-11-30')).toMatchObject({ from: '2026-11-24', to: '2026-11-30' });
  });

  test('the URL keeps dates only for a custom range, so a preset bookmark moves with the days', () => {
    expect(paramsOf({ preset: '30d', from: '2026-11-01', to: '2026-11-30', operator: '' })).toEqual({
      range: '30d',
      from: undefined,
      to: undefined,
      operator: undefined,
    });
    const custom = { preset: 'custom', from: '2026-01-05', to: '2026-02-01', operator: 'u1' } as const;
    expect(filterOf(paramsOf(custom), '2026-11-30')).toEqual(custom);
  });

  test('only an owner asks for one operator', () => {
    const filter = { preset: '7d', from: '2026-11-24', to: '2026-11-30', operator: 'u1' } as const;
    expect(reportQuery(filter, true)).toEqual({ from: '2026-11-24', to: '2026-11-30', operator: 'u1' });
    expect(reportQuery(filter, false)).toEqual({ from: '2026-11-24', to: '2026-11-30' });
    expect(reportQuery({ ...filter, operator: '' }, true)).toEqual({ from: '2026-11-24', to: '2026-11-30' });
  });
});
