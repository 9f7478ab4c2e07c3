import { revalidate, useNavigate } from '@solidjs/router';
import { Show } from 'solid-js';
import { api, call } from '../../../lib/api';
import { useCompany } from '../company-area/company-context';
import { getMyCompanies } from '../shared/queries';
import { DeleteCompany } from './delete-company';
import { NotificationEmailStatus } from './notification-email-status';
import { draftFromSettings } from './settings-draft';
import { SettingsForm } from './settings-form';
import { SettingsView } from './settings-view';

/** Company → Settings: the owner edits and may delete; operators read. */
export default function SettingsPage() {
  const { companyId, company, isOwner } = useCompany();
  const navigate = useNavigate();
  const param = { companyId };
  return (
    <Show when={company()}>
      {(c) => (
        <>
          <h2 class="page-title">Settings</h2>
          <div class="card">
            <NotificationEmailStatus
              email={c().notificationEmail}
              confirmed={c().notificationEmailConfirmed}
              onResend={
                isOwner() ? () => call(api.api.companies[':companyId']['notification-email'].confirmation.$post({ param })) : undefined
              }
            />
            <Show when={isOwner()} fallback={<SettingsView company={c()} />}>
              <SettingsForm
                initial={draftFromSettings(c())}
                onSave={async (json) => {
                  company.write(await call(api.api.companies[':companyId'].$patch({ param, json })));
                  void revalidate(getMyCompanies.key);
                }}
              />
            </Show>
          </div>
          <Show when={isOwner()}>
            <div class="card">
              <DeleteCompany
                name={c().name}
                onDelete={async () => {
                  await call(api.api.companies[':companyId'].$delete({ param }));
                  void revalidate(getMyCompanies.key);
                  navigate('/companies', { replace: true });
                }}
              />
            </div>
          </Show>
        </>
      )}
    </Show>
  );
}
