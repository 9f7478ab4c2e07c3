import { createAsync } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { WhenLoaded } from '../../components/query-state';
import { getOperators } from '../companies/shared/queries';
import { RANGE_PRESETS, type RangePreset, type ReportFilter } from './report-range';

/** The company's members, for the owner's operator filter. */
function OperatorSelect(props: { companyId: string; value: string; onChange: (operator: string) => void }) {
  const members = createAsync(() => getOperators(props.companyId));
  return (
    <div class="field">
      <label for="report-operator">Operator</label>
      <select id="report-operator" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">Everyone</option>
        {/* `selected` per option: the select's value alone is lost when the options arrive after it. */}
        <For each={members()?.operators ?? []}>
          {(o) => (
            <option value={o.id} selected={o.id === props.value}>
              {o.name}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

/**
 * The report's range (presets or two dates) and, for owners, whose chats; every change goes to
 * the URL, which the page reads back.
 */
export function ReportFilters(props: { companyId: string; filter: ReportFilter; isOwner: boolean; onChange: (f: ReportFilter) => void }) {
  const patch = (p: Partial<ReportFilter>) => props.onChange({ ...props.filter, ...p });
  return (
    <form class="card report-filters" aria-label="Report range" onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="report-range">Range</label>
        <select id="report-range" value={props.filter.preset} onChange={(e) => patch({ preset: e.currentTarget.value as RangePreset })}>
          <For each={RANGE_PRESETS}>{(p) => <option value={p.id}>{p.label}</option>}</For>
        </select>
      </div>
      <Show when={props.filter.preset === 'custom'}>
        <div class="field">
          <label for="report-from">From</label>
          <input id="report-from" type="date" value={props.filter.from} onChange={(e) => patch({ from: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="report-to">To</label>
          <input id="report-to" type="date" value={props.filter.to} onChange={(e) => patch({ to: e.currentTarget.value })} />
        </div>
      </Show>
      <Show when={props.isOwner} fallback={<p class="hint report-own">Your own chats</p>}>
        <WhenLoaded>
          <OperatorSelect companyId={props.companyId} value={props.filter.operator} onChange={(operator) => patch({ operator })} />
        </WhenLoaded>
      </Show>
    </form>
  );
}
