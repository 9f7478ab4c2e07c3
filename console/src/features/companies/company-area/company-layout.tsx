import { A, type RouteSectionProps, revalidate, useParams } from '@solidjs/router';
import { createEffect, ErrorBoundary, For, Match, type ParentProps, Show, Suspense, Switch } from 'solid-js';
import { PageBoundary } from '../../../components/page-boundary';
import { OFFLINE_MESSAGES_SECTION } from '../../offline-messages/routes';
import { OfflineUnreadBadge } from '../../offline-messages/unread-badge';
import { getCompany } from '../shared/queries';
import { CompanyProvider, useCompany } from './company-context';
import { COMPANY_NAV, companyPath } from './company-nav';
import { CompanySwitcher } from './company-switcher';

/**
 * The company area (/companies/:companyId/*). Keyed by the company id, so switching companies
 * starts every page afresh instead of showing the old company's data or half-typed forms.
 */
export default function CompanyLayout(props: RouteSectionProps) {
  const params = useParams<{ companyId: string }>();
  return (
    <Show when={params.companyId} keyed>
      {(companyId) => (
        <CompanyProvider companyId={companyId}>
          <CompanyFrame>{props.children}</CompanyFrame>
        </CompanyProvider>
      )}
    </Show>
  );
}

function CompanyFrame(props: ParentProps) {
  const { companyId, company } = useCompany();
  return (
    <ErrorBoundary
      fallback={(err: unknown, reset) => (
        <p class="form-error" role="alert">
          {err instanceof Error ? err.message : String(err)}{' '}
          <button type="button" onClick={() => void revalidate(getCompany.keyFor(companyId)).then(reset)}>
            Retry
          </button>
        </p>
      )}
    >
      <Suspense
        fallback={
          <p class="loading" aria-busy="true">
            Loading company…
          </p>
        }
      >
        <Switch>
          <Match when={company()}>
            {(c) => (
              <CompanyShell name={c().name} role={c().role}>
                {props.children}
              </CompanyShell>
            )}
          </Match>
          <Match when={company() === null}>
            <div class="card empty">
              <h1>Company not found</h1>
              <p>It doesn’t exist, or you aren’t one of its operators.</p>
              <A href="/companies" class="button primary">
                Back to my companies
              </A>
            </div>
          </Match>
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}

function CompanyShell(props: ParentProps<{ name: string; role: string }>) {
  const { companyId } = useCompany();
  const top = COMPANY_NAV.filter((item) => !item.group);
  const widget = COMPANY_NAV.filter((item) => item.group === 'Widget');
  createEffect(() => {
    document.title = `${props.name} · Parley`;
  });
  return (
    <div class="company-area">
      <header class="company-head">
        <div>
          <p class="eyebrow">
            <A href="/companies">Companies</A> /
          </p>
          <h1>
            {props.name} <span class={`role-badge role-${props.role}`}>{props.role === 'owner' ? 'Owner' : 'Operator'}</span>
          </h1>
        </div>
        <CompanySwitcher />
      </header>
      <div class="company-body">
        <nav class="company-nav" aria-label="Company">
          <ul>
            <For each={top}>
              {(item) => (
                <li>
                  <A href={companyPath(companyId, item.path)} end={item.path === ''}>
                    {item.label}
                    <Show when={item.path === OFFLINE_MESSAGES_SECTION}>
                      <OfflineUnreadBadge companyId={companyId} />
                    </Show>
                  </A>
                </li>
              )}
            </For>
            <li class="nav-group">
              <span class="nav-group-title" id="nav-widget">
                Widget
              </span>
              <ul aria-labelledby="nav-widget">
                <For each={widget}>
                  {(item) => (
                    <li>
                      <A href={companyPath(companyId, item.path)}>{item.label}</A>
                    </li>
                  )}
                </For>
              </ul>
            </li>
          </ul>
        </nav>
        <section class="company-page">
          <PageBoundary>{props.children}</PageBoundary>
        </section>
      </div>
    </div>
  );
}
