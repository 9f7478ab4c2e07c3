import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { addDays } from '../reports/zoned-time';
import { MAX_REPORT_DAYS, ReportQuerySchema } from './reports';

const badFields = (input: unknown) => {
  const result = v.safeParse(ReportQuerySchema, input);
  return result.success ? [] : [...new Set(result.issues.map((i) => v.getDotPath(i)))].sort();
};

describe('ReportQuerySchema', () => {
  it('accepts inclusive local dates and an optional operator', () => {
    expect(v.parse(ReportQuerySchema, { from: '2026-03-29', to: '2026-03-29' })).toEqual({ from: '2026-03-29', to: '2026-03-29' });
    expect(v.parse(ReportQuerySchema, { from: '2024-02-29', to: '2024-03-01', operator: 'u1' })).toMatchObject({ operator: 'u1' });
  });

  it('refuses dates that do not exist or are written otherwise', () => {
    expect(badFields({ from: '2026-02-30', to: '2026-03-01' })).toEqual(['from']);
    expect(badFields({ from: '2026-13-01', to: '2026-3-1' })).toEqual(['from', 'to']);
    expect(badFields({ to: '2026-03-01' })).toEqual(['from']);
  });

  it('refuses an end before the start and a range longer than the limit', () => {
    expect(badFields({ from: '2026-03-02', to: '2026-03-01' })).toEqual(['to']);
    expect(badFields({ from: '2025-01-01', to: addDays('2025-01-01', MAX_REPORT_DAYS - 1) })).toEqual([]);
    expect(badFields({ from: '2025-01-01', to: addDays('2025-01-01', MAX_REPORT_DAYS) })).toEqual(['to']);
  });
});
