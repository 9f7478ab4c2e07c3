import { createSignal, Show } from 'solid-js';
import { FormError, Notice } from '../../../components/form';
import { QueryState } from '../../../components/query-state';
import { api, call } from '../../../lib/api';
import { cellPart, createQueryData } from '../../../lib/query-cache';
import { useCompany } from '../company-area/company-context';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { errorMessage } from '../shared/error-message';
import { type ListCell, optimisticAdd, optimisticRemove, withItemReplaced } from '../shared/optimistic-list';
import { placeholder } from '../shared/pending';
import { getCategories } from '../shared/queries';
import type { CategoryList as CategoriesAnswer, Category } from '../shared/types';
import { CategoryForm } from './category-form';
import { CategoryList } from './category-list';
import { flipReport, flipWarning, type SupportFlip, supportFlip } from './category-support';

interface Attention {
  flip: Exclude<SupportFlip, null>;
  answer: (go: boolean) => void;
}

/**
 * Company → Categories (F5). The first category turns support on and the last turns it off; both
 * delete every operator's destinations, so the page asks first ("Attention!") and reports after.
 */
export default function CategoriesPage() {
  const { companyId, isOwner, refresh } = useCompany();
  const param = { companyId };
  const client = api.api.companies[':companyId'].categories;
  const list = createQueryData(getCategories, companyId);
  const cell: ListCell<Category> = cellPart<CategoriesAnswer, Category[]>(
    list,
    (answer) => answer.categories,
    (_, categories) => ({ categoriesEnabled: categories.length > 0, categories }),
  );
  const count = () => cell.read()?.length ?? 0;
  const [attention, setAttention] = createSignal<Attention | null>(null);
  const [removing, setRemoving] = createSignal<Category | null>(null);
  const [report, setReport] = createSignal<string | null>(null);
  const [listError, setListError] = createSignal<string | null>(null);

  /** Asks "Attention!" when the action flips support; resolves whether to go ahead. */
  const confirmFlip = (action: 'add' | 'remove') => {
    const flip = supportFlip(count(), action);
    if (!flip) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => setAttention({ flip, answer: resolve }));
  };
  const afterChange = (answer: { destinationsCleared: boolean; categoriesEnabled: boolean }) => {
    if (answer.destinationsCleared) setReport(flipReport(answer.categoriesEnabled ? 'on' : 'off'));
    refresh();
  };

  const add = async (name: string) => {
    setListError(null);
    setReport(null);
    const answer = await optimisticAdd(
      cell,
      placeholder({ id: '', name }),
      () => call(client.$post({ param, json: { name } })),
      (a) => ({ id: a.id, name: a.name }),
    );
    afterChange(answer);
  };
  // Renames wait for the server: the inline field stays open, so a taken name shows beside it.
  const rename = async (category: Category, name: string) => {
    const saved = await call(client[':categoryId'].$patch({ param: { ...param, categoryId: category.id }, json: { name } }));
    cell.write(withItemReplaced(cell.read() ?? [], (c) => c.id === category.id, { id: saved.id, name: saved.name }));
  };
  const askRemove = async (category: Category) => {
    if (supportFlip(count(), 'remove')) {
      if (await confirmFlip('remove')) remove(category);
    } else {
      setRemoving(category);
    }
  };
  const remove = (category: Category) => {
    setListError(null);
    setReport(null);
    optimisticRemove(
      cell,
      (c) => c.id === category.id,
      () => call(client[':categoryId'].$delete({ param: { ...param, categoryId: category.id } })),
    )
      .then(afterChange)
      .catch((err) => setListError(`Couldn’t remove ${category.name}: ${errorMessage(err)}`));
  };

  return (
    <>
      <h2 class="page-title">Categories</h2>
      <p class="lead">
        Departments a visitor picks before the chat starts. Category support turns on by itself with the first category and off with the
        last.
      </p>
      <Show when={report()}>
        <Notice kind="warning">{report()}</Notice>
      </Show>
      <QueryState data={list} what="categories" keys={list.key}>
        {(answer) => (
          <>
            <Show when={isOwner()}>
              <div class="card">
                <CategoryForm onAdd={add} confirm={() => confirmFlip('add')} />
              </div>
            </Show>
            <div class="card">
              <p class="status-line">
                Category support: <strong>{answer().categoriesEnabled ? 'on' : 'off'}</strong>
              </p>
              <FormError message={listError()} />
              <CategoryList categories={answer().categories} canEdit={isOwner()} onRename={rename} onRemove={(c) => void askRemove(c)} />
            </div>
          </>
        )}
      </QueryState>
      <Show when={attention()}>
        {(a) => (
          <ConfirmDialog
            title="Attention!"
            confirmLabel={a().flip === 'on' ? 'Add category' : 'Remove category'}
            onConfirm={() => a().answer(true)}
            onClose={() => {
              a().answer(false);
              setAttention(null);
            }}
          >
            <p>{flipWarning(a().flip)}</p>
          </ConfirmDialog>
        )}
      </Show>
      <Show when={removing()}>
        {(category) => (
          <ConfirmDialog
            title={`Remove ${category().name}?`}
            confirmLabel="Remove category"
            onConfirm={() => remove(category())}
            onClose={() => setRemoving(null)}
          >
            <p>Operators serving it stop being assigned to it.</p>
          </ConfirmDialog>
        )}
      </Show>
    </>
  );
}
