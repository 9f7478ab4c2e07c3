import { describe, expect, test } from 'vitest';
import { busiestHour, dayChart, HEAT_LEVELS, heatLevel, niceCeiling } from './chart-geometry';

describe('the chats-per-day chart', () => {
  test.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [11, 20],
    [20, 20],
    [31, 50],
    [501, 1000],
  ])('an axis for %s reaches %s', (n, top) => {
    expect(niceCeiling(n)).toBe(top);
  });

  test('bars stand on the axis, the missed part on top, and the tallest reaches the round top', () => {
    const chart = dayChart([
      { date: '2026-11-01', chats: 4, missed: 1 },
      { date: '2026-11-02', chats: 0, missed: 0 },
      { date: '2026-11-03', chats: 5, missed: 5 },
    ]);
    const { plot, bars } = chart;
    const full = plot.bottom - plot.top;
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(chart.ticks.at(-1)!.y).toBeCloseTo(plot.top);
    const [a, empty, allMissed] = bars;
    expect(a!.answeredPart.y + a!.answeredPart.height).toBeCloseTo(plot.bottom);
    expect(a!.answeredPart.height).toBeCloseTo((full * 3) / 5);
    expect(a!.missedPart.y + a!.missedPart.height).toBeCloseTo(a!.answeredPart.y);
    expect(a!.missedPart.height).toBeCloseTo(full / 5);
    expect(empty!.answeredPart.height + empty!.missedPart.height).toBe(0);
    expect(allMissed!.answeredPart.height).toBe(0);
    expect(allMissed!.missedPart.y).toBeCloseTo(plot.top);
    // Left to right, inside the plot, not overlapping.
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.x).toBeGreaterThanOrEqual(bars[i - 1]!.x + bars[i - 1]!.width);
    expect(bars[0]!.x).toBeGreaterThanOrEqual(plot.left);
    expect(bars.at(-1)!.x + bars.at(-1)!.width).toBeLessThanOrEqual(plot.right);
  });

  test('one day is a bar, not a slab across the chart', () => {
    const { bars, plot } = dayChart([{ date: '2026-11-30', chats: 3, missed: 1 }]);
    expect(bars[0]!.width).toBeLessThan((plot.right - plot.left) / 4);
    expect(bars[0]!.x + bars[0]!.width / 2).toBeCloseTo((plot.left + plot.right) / 2);
  });

  test('a month labels at most eight days, the first among them', () => {
    const days = Array.from({ length: 30 }, (_, i) => ({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, chats: i, missed: 0 }));
    const { labels, ticks } = dayChart(days);
    expect(labels.length).toBeLessThanOrEqual(8);
    expect(labels[0]!.date).toBe('2026-11-01');
    expect(ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50]);
  });
});

describe('the hour-of-week heat map', () => {
  test('no chats is level 0; any chat is at least 1; the busiest hour is the top level', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(5, 10)).toBe(2);
    expect(heatLevel(10, 10)).toBe(HEAT_LEVELS);
  });

  test('finds the busiest weekday and hour', () => {
    const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    expect(busiestHour(grid)).toBeNull();
    grid[2]![14] = 3;
    grid[6]![9] = 2;
    expect(busiestHour(grid)).toEqual({ weekday: 2, hour: 14, count: 3 });
  });
});
