import { For, Show } from 'solid-js';
import type { Figures } from '../../../../common/reports/aggregate';
import { formatDuration } from './report-format';

export interface BreakdownRow {
  key: string;
  label: string;
  figures: Figures;
}

/** The range's figures split one way (per operator, language or category), busiest first. */
export function BreakdownTable(props: { title: string; first: string; rows: readonly BreakdownRow[] }) {
  const rows = () => [...props.rows].sort((a, b) => b.figures.chats - a.figures.chats || a.label.localeCompare(b.label));
  return (
    <section class="card report-breakdown" aria-label={props.title}>
      <h3>{props.title}</h3>
      <Show when={rows().length > 0} fallback={<p class="hint">No chats.</p>}>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{props.first}</th>
                <th scope="col">Chats</th>
                <th scope="col">Missed</th>
                <th scope="col">First response</th>
                <th scope="col">Wait</th>
                <th scope="col">Duration</th>
                <th scope="col">Good</th>
                <th scope="col">Bad</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(r) => (
                  <tr data-key={r.key}>
                    <th scope="row">{r.label}</th>
                    <td>{r.figures.chats}</td>
                    <td>{r.figures.missed}</td>
                    <td>{formatDuration(r.figures.firstResponse.median)}</td>
                    <td>{formatDuration(r.figures.wait.median)}</td>
                    <td>{formatDuration(r.figures.duration.median)}</td>
                    <td>{r.figures.ratings.good}</td>
                    <td>{r.figures.ratings.bad}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
