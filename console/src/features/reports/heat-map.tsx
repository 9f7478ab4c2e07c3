import { For, Index } from 'solid-js';
import { busiestHour, HEAT_LEVELS, heatLevel } from './chart-geometry';
import { hourSpan, WEEKDAYS } from './report-format';

const CELL = 22;
const GAP = 2;
const LEFT = 34;
const TOP = 16;
const WIDTH = LEFT + 24 * (CELL + GAP);
const HEIGHT = TOP + 7 * (CELL + GAP);

/**
 * Chats started per weekday (Monday first) and hour, in the company's time zone, as a 7×24 grid
 * of SVG cells shaded by count. The shades are the accent colour at rising opacity, so they read
 * on both colour schemes; each cell's tooltip names its count.
 */
export function HeatMap(props: { hoursOfWeek: readonly (readonly number[])[]; timeZone: string }) {
  const max = () => Math.max(0, ...props.hoursOfWeek.flat());
  const summary = () => {
    const top = busiestHour(props.hoursOfWeek);
    return top
      ? `Chats per hour of the week (${props.timeZone}); busiest: ${WEEKDAYS[top.weekday]} ${hourSpan(top.hour)}, ${top.count}`
      : `Chats per hour of the week (${props.timeZone}): none`;
  };
  return (
    <figure class="report-chart">
      <figcaption>
        Chats by hour of the week <span class="hint">({props.timeZone})</span>
      </figcaption>
      <div class="chart-scroll">
        <svg class="heat-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary()}>
          <For each={[0, 3, 6, 9, 12, 15, 18, 21]}>
            {(hour) => (
              <text class="hour-label" x={LEFT + hour * (CELL + GAP)} y={TOP - 5}>
                {String(hour).padStart(2, '0')}
              </text>
            )}
          </For>
          <Index each={props.hoursOfWeek}>
            {(hours, weekday) => (
              <g>
                <text class="weekday-label" x={0} y={TOP + weekday * (CELL + GAP) + CELL / 2} dy="0.32em">
                  {WEEKDAYS[weekday]}
                </text>
                <Index each={hours()}>
                  {(count, hour) => (
                    <rect
                      class={`heat heat-${heatLevel(count(), max())}`}
                      x={LEFT + hour * (CELL + GAP)}
                      y={TOP + weekday * (CELL + GAP)}
                      width={CELL}
                      height={CELL}
                      rx={3}
                    >
                      <title>{`${WEEKDAYS[weekday]} ${hourSpan(hour)}: ${count()}`}</title>
                    </rect>
                  )}
                </Index>
              </g>
            )}
          </Index>
        </svg>
      </div>
      <p class="heat-legend hint" aria-hidden="true">
        Fewer
        <For each={Array.from({ length: HEAT_LEVELS + 1 }, (_, i) => i)}>{(level) => <span class={`heat-swatch heat-${level}`} />}</For>
        More
      </p>
    </figure>
  );
}
