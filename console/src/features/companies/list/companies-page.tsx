import { useNavigate } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { api, call } from '../../../lib/api';
import { companyPath } from '../company-area/company-nav';
import { createLoader } from '../shared/loader';
import { CompanyList } from './company-list';
import { CreateCompanyForm } from './create-company-form';

/** /companies: the companies I own or serve, and a form to create one. */
export default function CompaniesPage() {
  document.title = 'Companies · Parley';
  const navigate = useNavigate();
  const companies = createLoader(() => call(api.api.companies.$get()));
  const create = async (name: string) => {
    const created = await call(api.api.companies.$post({ json: { name } }));
    navigate(companyPath(created.id));
    return created;
  };
  return (
    <section aria-labelledby="companies-title">
      <h1 id="companies-title">Companies</h1>
      <Switch>
        <Match when={companies.error() && !companies.data()}>
          <p class="form-error" role="alert">
            {companies.error()!.message}{' '}
            <button type="button" onClick={() => void companies.reload()}>
              Retry
            </button>
          </p>
        </Match>
        <Match when={companies.loading() && !companies.data()}>
          <p class="loading" aria-busy="true">
            Loading companies…
          </p>
        </Match>
        <Match when={companies.data()?.length === 0}>
          <div class="card empty-state">
            <h2>Create your first company</h2>
            <p>A company holds your website’s domains, languages, operators and widget. You become its owner and first operator.</p>
            <CreateCompanyForm onCreate={create} autofocus />
          </div>
        </Match>
        <Match when={companies.data()}>
          {(list) => (
            <>
              <div class="card">
                <CompanyList companies={list()} />
              </div>
              <div class="card">
                <h2>New company</h2>
                <CreateCompanyForm onCreate={create} />
              </div>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
