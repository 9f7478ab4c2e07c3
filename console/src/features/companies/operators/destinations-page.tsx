import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { QueryState, WhenLoaded } from '../../../components/query-state';
import { api, call } from '../../../lib/api';
import { useCompany } from '../company-area/company-context';
import { companyPath } from '../company-area/company-nav';
import { getCategories, getDestinations, getLanguages, getOperators } from '../shared/queries';
import { DestinationsForm } from './destinations-form';

/** Company → Operators → one operator → Destination management (F7). */
export default function DestinationsPage() {
  const { companyId, isOwner, refresh } = useCompany();
  const params = useParams<{ userId: string }>();
  const client = api.api.companies[':companyId'];
  // Everything the form needs, read together so it opens complete or not at all; another
  // operator's page (a new :userId) reads theirs.
  const data = createAsync(async () => {
    const userId = params.userId;
    const [destinations, languages, categories, operators] = await Promise.all([
      getDestinations(companyId, userId),
      getLanguages(companyId),
      getCategories(companyId),
      getOperators(companyId),
    ]);
    return {
      userId,
      destinations,
      languages,
      categories: categories.categories,
      operator: operators.operators.find((o) => o.id === userId),
    };
  });
  const keys = () => [
    getDestinations.keyFor(companyId, params.userId),
    getLanguages.keyFor(companyId),
    getCategories.keyFor(companyId),
    getOperators.keyFor(companyId),
  ];
  return (
    <>
      <p class="eyebrow">
        <A href={companyPath(companyId, 'operators')}>← Operators</A>
      </p>
      <h2 class="page-title">
        Destination management
        <WhenLoaded>
          <Show when={data()?.operator}>{(o) => <span class="subtitle">: {o().name}</span>}</Show>
        </WhenLoaded>
      </h2>
      <div class="card">
        <QueryState data={data} what="destinations" keys={keys()}>
          {(d) => (
            <Show when={d().userId} keyed>
              <DestinationsForm
                languages={d().languages}
                categories={d().categories}
                categoriesEnabled={d().destinations.categoriesEnabled}
                initial={d().destinations}
                canEdit={isOwner()}
                languagesHref={companyPath(companyId, 'languages')}
                onSave={async (json) => {
                  await call(client.operators[':userId'].destinations.$put({ param: { companyId, userId: d().userId }, json }));
                  refresh();
                  void revalidate([getDestinations.keyFor(companyId, d().userId), getOperators.keyFor(companyId)]);
                }}
              />
            </Show>
          )}
        </QueryState>
      </div>
    </>
  );
}
