import { A } from '@solidjs/router';
import { onMount, Show } from 'solid-js';
import { useCompany } from '../company-area/company-context';
import { companyPath } from '../company-area/company-nav';
import { SetupChecklist } from './setup-checklist';

/** The company page: the live setup checklist and the company's key facts. */
export default function OverviewPage() {
  const { companyId, company, refresh } = useCompany();
  // Entering the page re-reads the checklist: steps done on other pages or by the widget show at once.
  onMount(refresh);
  return (
    <Show when={company()}>
      {(c) => (
        <>
          <h2 class="page-title">Overview</h2>
          <div class="card">
            <SetupChecklist companyId={companyId} checklist={c().checklist} operatorLimit={c().operatorLimit} />
          </div>
          <div class="card">
            <dl class="facts">
              <dt>Your role</dt>
              <dd>{c().role === 'owner' ? 'Owner' : 'Operator'}</dd>
              <dt>Category support</dt>
              <dd>{c().categoriesEnabled ? 'On' : 'Off'}</dd>
              <dt>Operators allowed by the plan</dt>
              <dd>
                {c().operatorLimit} <A href={companyPath(companyId, 'plan')}>Plan</A>
              </dd>
              <dt>Public key</dt>
              <dd>
                <code class="break">{c().publicKey}</code> <A href={companyPath(companyId, 'widget/code')}>Widget code</A>
              </dd>
            </dl>
          </div>
        </>
      )}
    </Show>
  );
}
