import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { companyPath } from '../company-area/company-nav';
import type { MyCompany } from '../shared/types';

/** The caller's companies, each opening its overview, with the caller's role in it. */
export function CompanyList(props: { companies: readonly MyCompany[] }) {
  return (
    <ul class="item-list" aria-label="My companies">
      <For each={props.companies}>
        {(company) => (
          <li class="item">
            <A href={companyPath(company.id)} class="item-main">
              {company.name}
            </A>
            <span class={`role-badge role-${company.role}`}>{company.role === 'owner' ? 'Owner' : 'Operator'}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
