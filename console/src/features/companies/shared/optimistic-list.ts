/** Where a list lives: read the current items, write new ones (a signal, a resource's `mutate`, …). */
export interface ListCell<T> {
  read(): readonly T[] | undefined;
  write(items: T[]): void;
}

/** `items` without the first entry matching `match`, and where it was (-1 when absent). */
export function withoutItem<T>(items: readonly T[], match: (item: T) => boolean): { items: T[]; removed: T | undefined; index: number } {
  const index = items.findIndex(match);
  if (index < 0) return { items: [...items], removed: undefined, index };
  return { items: [...items.slice(0, index), ...items.slice(index + 1)], removed: items[index], index };
}

/** `items` with `item` put back at `index` (clamped), as a rollback of `withoutItem`. */
export function withItemAt<T>(items: readonly T[], item: T, index: number): T[] {
  const at = Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** `items` with the first entry matching `match` replaced by `next` (unchanged when absent). */
export function withItemReplaced<T>(items: readonly T[], match: (item: T) => boolean, next: T): T[] {
  const index = items.findIndex(match);
  if (index < 0) return [...items];
  return items.map((item, i) => (i === index ? next : item));
}

/**
 * Adds `placeholder` at once, runs `request`, then swaps the placeholder for the server's item;
 * on failure takes the placeholder out again and rethrows, so the caller shows the error.
 * Only the placeholder is touched, so changes made meanwhile by other actions survive.
 */
export async function optimisticAdd<T, R>(
  cell: ListCell<T>,
  placeholder: T,
  request: () => Promise<R>,
  fromAnswer: (answer: R) => T,
): Promise<R> {
  const isPlaceholder = (item: T) => item === placeholder;
  cell.write([...(cell.read() ?? []), placeholder]);
  try {
    const answer = await request();
    cell.write(withItemReplaced(cell.read() ?? [], isPlaceholder, fromAnswer(answer)));
    return answer;
  } catch (err) {
    cell.write(withoutItem(cell.read() ?? [], isPlaceholder).items);
    throw err;
  }
}

/**
 * Removes the first item matching `match` at once, runs `request`, and on failure puts the item
 * back where it was and rethrows.
 */
export async function optimisticRemove<T, R>(cell: ListCell<T>, match: (item: T) => boolean, request: () => Promise<R>): Promise<R> {
  const { items, removed, index } = withoutItem(cell.read() ?? [], match);
  cell.write(items);
  try {
    return await request();
  } catch (err) {
    if (removed !== undefined) cell.write(withItemAt(cell.read() ?? [], removed, index));
    throw err;
  }
}
