/** Geometry of the Reports page's SVG charts, in viewBox units; pure so it can be tested. */

/** The smallest of 1, 2, 5 × 10ⁿ at or above `n` (at least 1): a round top for the axis. */
export function niceCeiling(n: number): number {
  if (n <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

export interface DayCount {
  date: string;
  chats: number;
  missed: number;
}

export interface DayBar {
  date: string;
  chats: number;
  missed: number;
  x: number;
  width: number;
  /** The answered part, from the axis up. */
  answeredPart: { y: number; height: number };
  /** The missed part, stacked on top of the answered one. */
  missedPart: { y: number; height: number };
}

export interface DayChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: DayBar[];
  ticks: { value: number; y: number }[];
  /** Dates labelled under the axis: at most `maxLabels`, evenly spaced, the first always. */
  labels: { date: string; x: number }[];
}

const MAX_BAR_WIDTH = 48;
const LAYOUT = { width: 640, height: 220, left: 36, right: 8, top: 10, bottom: 26 };

/** Bars of chats per day, the missed part stacked on top, with round ticks on the count axis. */
export function dayChart(days: readonly DayCount[], maxLabels = 8): DayChart {
  const { width, height } = LAYOUT;
  const plot = { left: LAYOUT.left, top: LAYOUT.top, right: width - LAYOUT.right, bottom: height - LAYOUT.bottom };
  const top = niceCeiling(Math.max(0, ...days.map((d) => d.chats)));
  const scale = (n: number) => ((plot.bottom - plot.top) * n) / top;
  const slot = (plot.right - plot.left) / Math.max(1, days.length);
  // A day or two would otherwise be slabs as wide as the chart.
  const barWidth = Math.min(MAX_BAR_WIDTH, Math.max(1, slot * 0.7));
  const bars = days.map((d, i): DayBar => {
    const x = plot.left + i * slot + (slot - barWidth) / 2;
    const answeredHeight = scale(d.chats - d.missed);
    const missedHeight = scale(d.missed);
    return {
      ...d,
      x,
      width: barWidth,
      answeredPart: { y: plot.bottom - answeredHeight, height: answeredHeight },
      missedPart: { y: plot.bottom - answeredHeight - missedHeight, height: missedHeight },
    };
  });
  const tickStep = top <= 4 ? 1 : top / (top % 4 === 0 ? 4 : top % 5 === 0 ? 5 : 2);
  const ticks: { value: number; y: number }[] = [];
  for (let v = 0; v <= top; v += tickStep) ticks.push({ value: v, y: plot.bottom - scale(v) });
  const every = Math.max(1, Math.ceil(days.length / maxLabels));
  const labels = bars.filter((_, i) => i % every === 0).map((b) => ({ date: b.date, x: b.x + b.width / 2 }));
  return { width, height, plot, bars, ticks, labels };
}

/** How many shades the heat map uses above "none". */
export const HEAT_LEVELS = 4;

/** A count's shade, 0 (no chats) to {@link HEAT_LEVELS} (the busiest hour): any chat shows at least level 1. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * HEAT_LEVELS));
}

/** The busiest weekday and hour of an hour-of-week grid, or null when it holds no chats. */
export function busiestHour(grid: readonly (readonly number[])[]): { weekday: number; hour: number; count: number } | null {
  let best: { weekday: number; hour: number; count: number } | null = null;
  grid.forEach((hours, weekday) => {
    hours.forEach((count, hour) => {
      if (count > (best?.count ?? 0)) best = { weekday, hour, count };
    });
  });
  return best;
}
