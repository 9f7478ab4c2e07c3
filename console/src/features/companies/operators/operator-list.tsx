import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { Operator } from '../shared/types';
import { destinationSummary } from './destination-summary';

/** The company's operators (the owner included) with what each serves. */
export function OperatorList(props: {
  operators: readonly Operator[];
  canEdit: boolean;
  categoriesEnabled: boolean;
  categoryNames: ReadonlyMap<string, string>;
  destinationsHref: (operator: Operator) => string;
  onRemove: (operator: Operator) => void;
}) {
  return (
    <ul class="item-list operators" aria-label="Operators">
      <For each={props.operators}>
        {(operator) => (
          <li class="item">
            <Show when={operator.avatarUrl} fallback={<span class="avatar-sm avatar-blank" aria-hidden="true" />}>
              {(src) => <img class="avatar-sm" src={src()} alt="" />}
            </Show>
            <span class="item-main">
              <strong>{operator.name}</strong>{' '}
              <span class={`role-badge role-${operator.role}`}>{operator.role === 'owner' ? 'Owner' : 'Operator'}</span>
              <br />
              <span class="hint">{operator.email}</span>
              <br />
              <small class="destinations-line">
                Serves: {destinationSummary(operator.destinations, props.categoriesEnabled, props.categoryNames)}
              </small>
            </span>
            <A href={props.destinationsHref(operator)} class="button">
              Destination management
            </A>
            <Show when={props.canEdit && operator.role !== 'owner'}>
              <button type="button" class="danger" onClick={() => props.onRemove(operator)} aria-label={`Remove ${operator.name}`}>
                Remove
              </button>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
