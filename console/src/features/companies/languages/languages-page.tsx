import { revalidate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { FormError } from '../../../components/form';
import { QueryState } from '../../../components/query-state';
import { api, call } from '../../../lib/api';
import { createQueryData } from '../../../lib/query-cache';
import { useCompany } from '../company-area/company-context';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { errorMessage } from '../shared/error-message';
import { optimisticAdd, optimisticRemove } from '../shared/optimistic-list';
import { placeholder } from '../shared/pending';
import { getLanguages } from '../shared/queries';
import type { Language } from '../shared/types';
import { LanguageForm } from './language-form';
import { LanguageList } from './language-list';
import { languageName } from './language-names';

/** Company → Languages (F4): the languages visitors are served in, one of them the default. */
export default function LanguagesPage() {
  const { companyId, isOwner, refresh } = useCompany();
  const param = { companyId };
  const client = api.api.companies[':companyId'].languages;
  const languages = createQueryData(getLanguages, companyId);
  const cell = languages;
  const [removing, setRemoving] = createSignal<Language | null>(null);
  const [listError, setListError] = createSignal<string | null>(null);
  const fail = (what: string) => (err: unknown) => setListError(`${what}: ${errorMessage(err)}`);

  const add = async (code: string) => {
    setListError(null);
    const first = (cell.read() ?? []).length === 0;
    const created = await optimisticAdd(
      cell,
      placeholder({ code, isDefault: first }),
      () => call(client.$post({ param, json: { code } })),
      (a) => a,
    );
    refresh();
    return created;
  };
  const makeDefault = (language: Language) => {
    setListError(null);
    const before = cell.read() ?? [];
    cell.write(before.map((l) => ({ ...l, isDefault: l.code === language.code })));
    call(client[':code'].default.$put({ param: { ...param, code: language.code } }))
      .then((list) => cell.write(list))
      .catch((err) => {
        cell.write(before);
        fail(`Couldn’t make ${languageName(language.code)} the default`)(err);
      });
  };
  const remove = (language: Language) => {
    setListError(null);
    optimisticRemove(
      cell,
      (l) => l.code === language.code,
      () => call(client[':code'].$delete({ param: { ...param, code: language.code } })),
    )
      .then(() => {
        // Removing the default hands it to another language: read back which one.
        if (language.isDefault) void revalidate(languages.key);
        refresh();
      })
      .catch(fail(`Couldn’t remove ${languageName(language.code)}`));
  };

  return (
    <>
      <h2 class="page-title">Languages</h2>
      <p class="lead">Visitors are served in their browser’s language when it is listed here, otherwise in the default one.</p>
      <QueryState data={languages} what="languages" keys={languages.key}>
        {(list) => (
          <>
            <Show when={isOwner()}>
              <div class="card">
                <LanguageForm onAdd={add} taken={list().map((l) => l.code)} />
              </div>
            </Show>
            <div class="card">
              <FormError message={listError()} />
              <LanguageList languages={list()} canEdit={isOwner()} onMakeDefault={makeDefault} onRemove={setRemoving} />
            </div>
          </>
        )}
      </QueryState>
      <Show when={removing()}>
        {(language) => (
          <ConfirmDialog
            title={`Remove ${languageName(language().code)}?`}
            confirmLabel="Remove language"
            onConfirm={() => remove(language())}
            onClose={() => setRemoving(null)}
          >
            <p>Operators stop serving visitors in this language, and it is taken out of their destinations.</p>
          </ConfirmDialog>
        )}
      </Show>
    </>
  );
}
