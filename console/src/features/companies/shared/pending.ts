const placeholders = new WeakSet<object>();

/** Marks a row as an optimistic placeholder (shown at once, not yet confirmed by the server). */
export function placeholder<T extends object>(item: T): T {
  placeholders.add(item);
  return item;
}

/** Whether a row is still a placeholder, so it can't be edited or removed yet. */
export function isPending(item: object): boolean {
  return placeholders.has(item);
}
