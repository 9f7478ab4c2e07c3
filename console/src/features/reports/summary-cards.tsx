import { For, type JSX, Show } from 'solid-js';
import type { Figures } from '../../../../common/reports/aggregate';
import { MISSED_REASONS } from '../../../../common/reports/events';
import type { Spread } from '../../../../common/reports/percentile';
import { formatDuration, formatShare, MISSED_REASON_LABELS } from './report-format';

function Card(props: { figure: string; title: string; value: string | number; children?: JSX.Element }) {
  return (
    <div class="card report-card" data-figure={props.figure}>
      <h3>{props.title}</h3>
      <p class="report-value">{props.value}</p>
      <Show when={props.children}>
        <div class="report-detail">{props.children}</div>
      </Show>
    </div>
  );
}

/** What the median means and where the slowest tenth starts; nothing to say without values. */
function Percentiles(props: { spread: Spread }) {
  return (
    <Show when={props.spread.p90 !== null} fallback={<p>none in this range</p>}>
      <p>median · 90% within {formatDuration(props.spread.p90)}</p>
    </Show>
  );
}

function SpreadCard(props: { figure: string; title: string; spread: Spread; what: string }) {
  return (
    <Card figure={props.figure} title={props.title} value={formatDuration(props.spread.median)}>
      <Percentiles spread={props.spread} />
      <p class="hint">{props.what}</p>
    </Card>
  );
}

/**
 * The range's figures at a glance (F22). Offline messages are the company's, not an operator's,
 * so they show only on everyone's report.
 */
export function SummaryCards(props: { total: Figures; everyone: boolean }) {
  const t = () => props.total;
  return (
    <section class="report-cards" aria-label="Summary">
      <Card figure="chats" title="Chats" value={t().chats}>
        <p class="hint">Started by visitors, missed ones included</p>
      </Card>
      <Card figure="missed" title="Missed" value={t().missed}>
        <ul class="report-reasons">
          <For each={MISSED_REASONS}>
            {(reason) => (
              <li data-reason={reason}>
                {MISSED_REASON_LABELS[reason]}: <strong>{t().missedBy[reason]}</strong>
              </li>
            )}
          </For>
        </ul>
      </Card>
      <SpreadCard
        figure="first-response"
        title="First response"
        spread={t().firstResponse}
        what="From the first message to the first reply"
      />
      <SpreadCard figure="wait" title="Wait" spread={t().wait} what="From the first message to an operator taking the chat" />
      <Card figure="duration" title="Chat duration" value={formatDuration(t().duration.median)}>
        <Percentiles spread={t().duration} />
      </Card>
      <Card figure="ratings" title="Ratings" value={t().ratings.goodShare === null ? '—' : `${formatShare(t().ratings.goodShare)} good`}>
        <p>
          <span data-rating="good">Good: {t().ratings.good}</span> · <span data-rating="bad">Bad: {t().ratings.bad}</span>
        </p>
      </Card>
      <Show when={props.everyone}>
        <Card figure="offline-messages" title="Offline messages" value={t().offlineMessages}>
          <p class="hint">Left with the offline form</p>
        </Card>
      </Show>
    </section>
  );
}
