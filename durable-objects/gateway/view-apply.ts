import { entryForOrigin } from '../../common/domains/match';
import { CLOSE_CODES } from '../../common/protocol';
import type { GatewayView } from '../visitor/gateway-view';
import { sendText } from '../visitor/send-text';
import type { GatewaySockets } from './gateway-sockets';
import type { ViewPushes } from './view-diff';

/**
 * Tells a gateway's open widgets what changed in its view, as the room tells its own (F9, F13):
 * a widget whose page's domain is no longer registered is closed, every other ready one gets the
 * new config, and each changed need's widgets get one availability frame, serialised once.
 */
export function applyPushes(sockets: GatewaySockets, view: GatewayView, pushes: ViewPushes): void {
  if (pushes.domains) {
    for (const [ws, a] of sockets.all()) {
      if (entryForOrigin(a.origin, view.domains) !== null) continue;
      sockets.remove(ws);
      ws.close(CLOSE_CODES.revoked, 'domain removed');
    }
  }
  if (pushes.config) sendText(sockets.ready(), JSON.stringify({ type: 'config', config: view.config }));
  for (const key of pushes.needs) {
    const group = sockets.withNeed(key);
    if (group.size > 0) sendText(group, JSON.stringify({ type: 'availability', ...view.availability[key] }));
  }
}
