import { Show } from 'solid-js';
import { plural } from '../../../../common/plural';
import type { Report } from '../../../../common/reports/aggregate';
import type { ReportNames } from '../../../../common/schemas/reports';
import { languageName } from '../companies/languages/language-names';
import { BreakdownTable } from './breakdown-table';
import { DayChart } from './day-chart';
import { HeatMap } from './heat-map';
import { longDate } from './report-format';
import { SummaryCards } from './summary-cards';

/** The figures of a loaded report: cards, the two charts and the breakdowns, or the empty state. */
export function ReportBody(props: { report: Report; names: ReportNames }) {
  const r = () => props.report;
  const operatorName = (id: string) => props.names.operators[id] ?? 'Former operator';
  const range = () => (r().from === r().to ? longDate(r().from) : `${longDate(r().from)} – ${longDate(r().to)}`);

  return (
    <>
      <p class="report-scope" role="status">
        {r().operatorId === null ? 'Everyone' : operatorName(r().operatorId!)} · {range()}
      </p>
      <Show
        when={r().total.chats > 0}
        fallback={
          <div class="card empty">
            <p>No chats in this range.</p>
            <Show when={r().total.offlineMessages > 0}>
              <p>
                {plural(r().total.offlineMessages, {
                  one: 'Visitors left {n} offline message.',
                  other: 'Visitors left {n} offline messages.',
                })}
              </p>
            </Show>
            <p class="hint">Chats count on the day the visitor started them. Choose a longer range, or check back after the next chats.</p>
          </div>
        }
      >
        <SummaryCards total={r().total} everyone={r().operatorId === null} />
        <section class="card report-charts" aria-label="Charts">
          <DayChart days={r().days} />
          <HeatMap hoursOfWeek={r().hoursOfWeek} timeZone={r().timeZone} />
        </section>
        <Show when={r().operatorId === null}>
          <BreakdownTable
            title="Per operator"
            first="Operator"
            rows={r().operators.map((o) => ({ key: o.operatorId, label: operatorName(o.operatorId), figures: o }))}
          />
        </Show>
        <BreakdownTable
          title="Per language"
          first="Language"
          rows={r().languages.map((l) => ({ key: l.language, label: languageName(l.language), figures: l }))}
        />
        <BreakdownTable
          title="Per category"
          first="Category"
          rows={r().categories.map((c) => ({
            key: c.category ?? '',
            label: c.category === null ? 'None' : (props.names.categories[c.category] ?? 'Deleted category'),
            figures: c,
          }))}
        />
      </Show>
    </>
  );
}
