/**
 * How one push of the room reaches its gateways (README, Architecture): straight to each while
 * they are few; past DIRECT_PUSH_LIMIT through relays, about √N groups whose first gateway passes
 * the view on to the rest of its group. The room then makes √N calls and each relay about √N, not
 * the room N: an object keeps only a few calls open at once, so N calls go out in N / 6 waves.
 */
export const DIRECT_PUSH_LIMIT = 16;

export interface RelayGroup {
  /** The gateway the room calls. */
  relay: number;
  /** The gateways it passes the view on to. */
  children: number[];
}

/** The groups for a push to the gateways `indices`; every index appears once. Pure. */
export function relayGroups(indices: readonly number[]): RelayGroup[] {
  if (indices.length <= DIRECT_PUSH_LIMIT) return indices.map((relay) => ({ relay, children: [] }));
  const size = Math.ceil(Math.sqrt(indices.length));
  const groups: RelayGroup[] = [];
  for (let i = 0; i < indices.length; i += size) {
    const [relay, ...children] = indices.slice(i, i + size);
    groups.push({ relay: relay!, children });
  }
  return groups;
}
