import { For, Show } from 'solid-js';
import type { Category } from '../shared/types';
import { CategoryRow } from './category-row';

/** The company's categories (departments); the owner renames inline and removes. */
export function CategoryList(props: {
  categories: readonly Category[];
  canEdit: boolean;
  onRename: (category: Category, name: string) => Promise<unknown>;
  onRemove: (category: Category) => void;
}) {
  return (
    <Show
      when={props.categories.length > 0}
      fallback={<p class="empty">No categories. Category support is off: visitors start chatting without picking a department.</p>}
    >
      <ul class="item-list" aria-label="Categories">
        <For each={props.categories}>
          {(category) => (
            <CategoryRow
              category={category}
              canEdit={props.canEdit}
              onRename={(name) => props.onRename(category, name)}
              onRemove={() => props.onRemove(category)}
            />
          )}
        </For>
      </ul>
    </Show>
  );
}
