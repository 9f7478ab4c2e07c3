/** Position in the newest-first list: the last shown message's creation time and id (ties broken by id). */
export interface ListPosition {
  createdAtMs: number;
  id: string;
}

/** Opaque `?cursor=` value for the page after `position`. */
export function encodeCursor(position: ListPosition): string {
  return `${position.createdAtMs}.${position.id}`;
}

/** Reads a `?cursor=` value back; null for anything this module didn't produce. */
export function decodeCursor(cursor: string): ListPosition | null {
  const dot = cursor.indexOf('.');
  if (dot <= 0) return null;
  const ms = cursor.slice(0, dot);
  const id = cursor.slice(dot + 1);
  if (!/^\d{1,15}$/.test(ms) || id.length === 0) return null;
  return { createdAtMs: Number(ms), id };
}
