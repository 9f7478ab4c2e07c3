import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { companyPath } from '../company-area/company-nav';
import { isPending } from '../shared/pending';
import type { MyCompany } from '../shared/types';

/** The companies I belong to with my role; I may leave those I serve (an owner deletes instead). */
export function MembershipList(props: { companies: readonly MyCompany[]; onLeave: (company: MyCompany) => void }) {
  return (
    <Show when={props.companies.length > 0} fallback={<p class="empty">You don’t belong to any company yet.</p>}>
      <ul class="item-list" aria-label="My companies">
        <For each={props.companies}>
          {(company) => (
            <li class="item" aria-busy={isPending(company)}>
              <Show when={!isPending(company)} fallback={<span class="item-main">{company.name}</span>}>
                <A href={companyPath(company.id)} class="item-main">
                  {company.name}
                </A>
              </Show>
              <span class={`role-badge role-${company.role}`}>{company.role === 'owner' ? 'Owner' : 'Operator'}</span>
              <Show
                when={company.role === 'operator'}
                fallback={
                  <A href={companyPath(company.id, 'settings')} class="hint">
                    Owners delete instead
                  </A>
                }
              >
                <button
                  type="button"
                  class="danger"
                  disabled={isPending(company)}
                  onClick={() => props.onLeave(company)}
                  aria-label={`Leave ${company.name}`}
                >
                  Leave
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
