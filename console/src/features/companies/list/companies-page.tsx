import { revalidate, useNavigate } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { QueryState } from '../../../components/query-state';
import { api, call } from '../../../lib/api';
import { createQueryData } from '../../../lib/query-cache';
import { companyPath } from '../company-area/company-nav';
import { getMyCompanies } from '../shared/queries';
import { CompanyList } from './company-list';
import { CreateCompanyForm } from './create-company-form';

/** /companies: the companies I own or serve, and a form to create one. */
export default function CompaniesPage() {
  document.title = 'Companies · Parley';
  const navigate = useNavigate();
  const companies = createQueryData(getMyCompanies);
  const create = async (name: string) => {
    // The creator's own time zone is the best first guess for the company's reports (F22).
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const created = await call(api.api.companies.$post({ json: { name, timeZone } }));
    void revalidate(getMyCompanies.key);
    navigate(companyPath(created.id));
    return created;
  };
  return (
    <section aria-labelledby="companies-title">
      <h1 id="companies-title">Companies</h1>
      <QueryState data={companies} what="companies" keys={companies.key}>
        {(list) => (
          <Switch>
            <Match when={list().length === 0}>
              <div class="card empty-state">
                <h2>Create your first company</h2>
                <p>A company holds your website’s domains, languages, operators and widget. You become its owner and first operator.</p>
                <CreateCompanyForm onCreate={create} autofocus />
              </div>
            </Match>
            <Match when={list().length > 0}>
              <div class="card">
                <CompanyList companies={list()} />
              </div>
              <div class="card">
                <h2>New company</h2>
                <CreateCompanyForm onCreate={create} />
              </div>
            </Match>
          </Switch>
        )}
      </QueryState>
    </section>
  );
}
