import { useLocation, useNavigate } from '@solidjs/router';
import { ErrorBoundary, For, Show, Suspense } from 'solid-js';
import { useCompany } from './company-context';
import { switchCompanyPath } from './company-nav';

/**
 * A select listing the caller's companies; choosing one opens the same section of that company.
 * A convenience: it appears once the list is in and never holds up or breaks the page around it.
 */
export function CompanySwitcher() {
  const { companyId, companies } = useCompany();
  const location = useLocation();
  const navigate = useNavigate();
  const options = () => companies() ?? [];
  return (
    <ErrorBoundary fallback={null}>
      <Suspense>
        <Show when={options().length > 1}>
          <div class="company-switcher">
            <label for="company-switcher">Switch company</label>
            <select
              id="company-switcher"
              value={companyId}
              onChange={(e) => navigate(switchCompanyPath(location.pathname, e.currentTarget.value))}
            >
              <For each={options()}>
                {(c) => (
                  <option value={c.id} selected={c.id === companyId}>
                    {c.name}
                    {c.role === 'owner' ? '' : ' (operator)'}
                  </option>
                )}
              </For>
            </select>
          </div>
        </Show>
      </Suspense>
    </ErrorBoundary>
  );
}
