import type { GatewayView } from '../visitor/gateway-view';

/** What a gateway's open widgets must be sent when its view changes. */
export interface ViewPushes {
  /** The widget config changed: every ready socket gets a `config` frame. */
  config: boolean;
  /** Needs (`needKey`) whose availability changed: their sockets get one `availability` frame each. */
  needs: string[];
  /** The registered domains changed: widgets on a page no longer registered are closed. */
  domains: boolean;
}

/**
 * What changed from the view a gateway holds (null: none yet) to the one the room sends; null
 * when the sent one is not newer (a retry, or an older push arriving late), which changes nothing.
 */
export function viewPushes(held: GatewayView | null, next: GatewayView): ViewPushes | null {
  if (held && next.version <= held.version) return null;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    config: !held || !same(held.config, next.config),
    needs: Object.keys(next.availability).filter((key) => !held || !same(held.availability[key], next.availability[key])),
    domains: !held || !same(held.domains, next.domains),
  };
}
