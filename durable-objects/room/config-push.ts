import type { ConfigChange } from '../../common/config-change';
import { entryForOrigin } from '../../common/domains/match';
import { CLOSE_CODES } from '../../common/protocol';
import { closeRevoked } from './access';
import { operatorConfig, widgetConfig } from './config-snapshot';
import { enforceOperatorLimit } from './operator-session';
import type { RoomServices } from './services';
import { toOperators, toVisitors } from './sockets';
import { onVisitorGone } from './visitor-session';

/** Changes the widget shows (its config names the help languages too); the rest only concern operators. */
const WIDGET_CHANGES: ReadonlySet<ConfigChange> = new Set(['settings', 'languages', 'categories', 'help']);
/** Changes the gateways' views show: the widget's, and the domains its pages may be on. */
const GATEWAY_CHANGES: ReadonlySet<ConfigChange> = new Set([...WIDGET_CHANGES, 'domains']);
/** Changes operators' config frames don't show. */
const NOT_FOR_OPERATORS: ReadonlySet<ConfigChange> = new Set(['domains', 'help']);
/** Changes nothing routing or availability depend on. */
const ROUTING_NEUTRAL: ReadonlySet<ConfigChange> = new Set(['fast-responses', 'help']);

/**
 * Applies one change to the company's data (F13) once the room's snapshot holds the reloaded
 * parts: disconnects widgets on removed domains and removed operators, sets operators beyond a
 * lowered plan limit away, pushes the new configuration to open widgets and chat pages, and re-routes.
 */
export async function pushConfigChange(room: RoomServices, what: ConfigChange, now: number): Promise<void> {
  const config = room.config();
  if (what === 'domains') await closeForeignWidgets(room, config.domains, now);
  if (what === 'operators') await closeRevoked(room, now);
  if (what === 'plan') enforceOperatorLimit(room);
  if (WIDGET_CHANGES.has(what)) {
    const frame = { type: 'config', config: widgetConfig(config) } as const;
    toVisitors(
      [...room.sockets.visitors()].map(([ws]) => ws),
      frame,
    );
  }
  // Gateways show the widget config and close widgets on removed domains themselves.
  if (GATEWAY_CHANGES.has(what)) await room.gateways.configChanged(now);
  if (!NOT_FOR_OPERATORS.has(what)) {
    toOperators(
      [...room.sockets.operators()].map(([ws]) => ws),
      { type: 'config', config: operatorConfig(config) },
    );
  }
  if (!ROUTING_NEUTRAL.has(what)) room.dispatcher.settle(now);
}

/** Every kind of change a full reload (a lost change, found on wake) may stand for, pushed once each. */
const FULL_RELOAD_PUSHES: readonly ConfigChange[] = ['domains', 'operators', 'plan', 'settings'];

/**
 * Pushes a whole reloaded snapshot: `settings` sends both configs and settles, the others close
 * what is no longer allowed and set operators beyond a lowered plan limit away.
 */
export async function pushFullReload(room: RoomServices, now: number): Promise<void> {
  for (const what of FULL_RELOAD_PUSHES) await pushConfigChange(room, what, now);
}

/**
 * A widget whose page's domain is no longer registered is disconnected at once (F3, F13). The
 * Test chat page runs on the console, not on a domain, so it is left alone.
 */
async function closeForeignWidgets(room: RoomServices, domains: readonly string[], now: number): Promise<void> {
  for (const [ws, a] of room.sockets.all()) {
    if (a.role !== 'visitor' || a.testChatUserId !== null) continue;
    if (entryForOrigin(a.origin, domains) !== null) continue;
    room.sockets.remove(ws);
    ws.close(CLOSE_CODES.revoked, 'domain removed');
    await onVisitorGone(room, a, now);
  }
}
