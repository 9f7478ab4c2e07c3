import { describe, expect, test } from 'vitest';
import { formatDuration, formatShare, hourSpan, longDate, shortDate } from './report-format';

describe('report formatting', () => {
  test.each([
    [null, '—'],
    [0, '< 1 s'],
    [999, '< 1 s'],
    [1_000, '1 s'],
    [45_400, '45 s'],
    [59_600, '1 min'],
    [90_000, '1 min 30 s'],
    [120_000, '2 min'],
    [3_600_000 + 5 * 60_000 + 7_000, '1 h 5 min'],
    [7_200_000 + 30_000, '2 h'],
    [3 * 86_400_000 + 4 * 3_600_000, '3 d 4 h'],
  ])('%s ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  test('shares are whole percentages', () => {
    expect(formatShare(null)).toBe('—');
    expect(formatShare(2 / 3)).toBe('67%');
    expect(formatShare(1)).toBe('100%');
  });

  test('dates are calendar days, whatever the viewer’s time zone', () => {
    expect(shortDate('2026-03-29')).toBe('29 Mar');
    expect(longDate('2026-03-29')).toBe('Sun, 29 Mar 2026');
  });

  test('hours read as spans', () => {
    expect(hourSpan(9)).toBe('09:00–10:00');
    expect(hourSpan(23)).toBe('23:00–00:00');
  });
});
