import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { api, call } from '../../../lib/api';
import { useCompany } from '../company-area/company-context';
import { companyPath } from '../company-area/company-nav';
import { ListState } from '../shared/list-state';
import { createLoader } from '../shared/loader';
import { DestinationsForm } from './destinations-form';

/** Company → Operators → one operator → Destination management (F7). */
export default function DestinationsPage() {
  const { companyId, isOwner, refresh } = useCompany();
  const params = useParams<{ userId: string }>();
  const userId = params.userId;
  const client = api.api.companies[':companyId'];
  const param = { companyId };
  // Everything the form needs, read together so it opens complete or not at all.
  const data = createLoader(async () => {
    const [destinations, languages, categories, operators] = await Promise.all([
      call(client.operators[':userId'].destinations.$get({ param: { ...param, userId } })),
      call(client.languages.$get({ param })),
      call(client.categories.$get({ param })),
      call(client.operators.$get({ param })),
    ]);
    return { destinations, languages, categories: categories.categories, operator: operators.operators.find((o) => o.id === userId) };
  });
  return (
    <>
      <p class="eyebrow">
        <A href={companyPath(companyId, 'operators')}>← Operators</A>
      </p>
      <h2 class="page-title">
        Destination management
        <Show when={data.data()?.operator}>{(o) => <span class="subtitle">: {o().name}</span>}</Show>
      </h2>
      <div class="card">
        <ListState loader={data} what="destinations">
          <DestinationsForm
            languages={data.data()!.languages}
            categories={data.data()!.categories}
            categoriesEnabled={data.data()!.destinations.categoriesEnabled}
            initial={data.data()!.destinations}
            canEdit={isOwner()}
            languagesHref={companyPath(companyId, 'languages')}
            onSave={async (json) => {
              await call(client.operators[':userId'].destinations.$put({ param: { ...param, userId }, json }));
              refresh();
            }}
          />
        </ListState>
      </div>
    </>
  );
}
