/** Adds a socket to the set under `key`. */
export function addTo(map: Map<string, Set<WebSocket>>, key: string, ws: WebSocket): void {
  const set = map.get(key);
  if (set) set.add(ws);
  else map.set(key, new Set([ws]));
}

/** Removes a socket from the set under `key`, dropping a set left empty. */
export function removeFrom(map: Map<string, Set<WebSocket>>, key: string, ws: WebSocket): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(ws);
  if (set.size === 0) map.delete(key);
}
