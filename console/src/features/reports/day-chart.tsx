import { For } from 'solid-js';
import { type DayCount, dayChart } from './chart-geometry';
import { longDate, shortDate } from './report-format';

const chatsText = (n: number) => (n === 1 ? '1 chat' : `${n} chats`);

/**
 * Chats per local day as SVG bars, missed chats stacked on top in their own colour. Each bar has a
 * tooltip; screen readers get the same numbers as a table.
 */
export function DayChart(props: { days: readonly DayCount[] }) {
  const chart = () => dayChart(props.days);
  return (
    <figure class="report-chart">
      <figcaption>
        Chats per day <span class="legend legend-answered">Answered</span> <span class="legend legend-missed">Missed</span>
      </figcaption>
      <div class="chart-scroll">
        <svg class="day-chart" viewBox={`0 0 ${chart().width} ${chart().height}`} aria-hidden="true">
          <For each={chart().ticks}>
            {(t) => (
              <g class="tick">
                <line x1={chart().plot.left} x2={chart().plot.right} y1={t.y} y2={t.y} />
                <text x={chart().plot.left - 6} y={t.y} dy="0.32em" text-anchor="end">
                  {t.value}
                </text>
              </g>
            )}
          </For>
          <For each={chart().bars}>
            {(b) => (
              <g class="bar">
                <title>{`${longDate(b.date)}: ${chatsText(b.chats)}, ${b.missed} missed`}</title>
                <rect class="bar-answered" x={b.x} y={b.answeredPart.y} width={b.width} height={b.answeredPart.height} />
                <rect class="bar-missed" x={b.x} y={b.missedPart.y} width={b.width} height={b.missedPart.height} />
                {/* An invisible full-height target, so empty days have a tooltip too. */}
                <rect class="bar-hit" x={b.x} y={chart().plot.top} width={b.width} height={chart().plot.bottom - chart().plot.top} />
              </g>
            )}
          </For>
          <line class="axis" x1={chart().plot.left} x2={chart().plot.right} y1={chart().plot.bottom} y2={chart().plot.bottom} />
          <For each={chart().labels}>
            {(l) => (
              <text class="day-label" x={l.x} y={chart().plot.bottom + 16} text-anchor="middle">
                {shortDate(l.date)}
              </text>
            )}
          </For>
        </svg>
      </div>
      <table class="visually-hidden">
        <caption>Chats per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Chats</th>
            <th scope="col">Missed</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.days}>
            {(d) => (
              <tr>
                <th scope="row">{longDate(d.date)}</th>
                <td>{d.chats}</td>
                <td>{d.missed}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </figure>
  );
}
