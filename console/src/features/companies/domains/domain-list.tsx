import { For, Show } from 'solid-js';
import { isPending } from '../shared/pending';
import type { Domain } from '../shared/types';

/** The company's domains; the owner may remove each (the page confirms first). */
export function DomainList(props: { domains: readonly Domain[]; canEdit: boolean; onRemove: (domain: Domain) => void }) {
  return (
    <Show when={props.domains.length > 0} fallback={<p class="empty">No domains yet. The widget shows only on domains listed here.</p>}>
      <ul class="item-list" aria-label="Domains">
        <For each={props.domains}>
          {(domain) => (
            <li class="item" aria-busy={isPending(domain)}>
              <code class="item-main break">{domain.host}</code>
              <Show when={props.canEdit && !isPending(domain)}>
                <button type="button" class="danger" onClick={() => props.onRemove(domain)} aria-label={`Remove ${domain.host}`}>
                  Remove
                </button>
              </Show>
              <Show when={isPending(domain)}>
                <span class="hint">Adding…</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
