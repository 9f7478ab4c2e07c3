import type { ConfigChange } from '../../common/config-change';
import { matchHost } from '../../common/domains/match';
import { hostnameOfOrigin } from '../../common/domains/normalise';
import { CLOSE_CODES } from '../../common/protocol';
import { operatorConfig, widgetConfig } from './config-snapshot';
import { enforceOperatorLimit } from './operator-session';
import type { RoomServices } from './services';
import { toOperators, toVisitors } from './sockets';
import { onVisitorGone } from './visitor-session';

/** Changes the widget shows; the rest only concern operators. */
const WIDGET_CHANGES: ReadonlySet<ConfigChange> = new Set(['settings', 'languages', 'categories']);

/**
 * Applies one change to the company's data (F13) once the room's snapshot holds the reloaded
 * parts: disconnects widgets on removed domains and removed operators, sets operators beyond a
 * lowered plan limit away, pushes the new configuration to open widgets and chat pages, and re-routes.
 */
export async function pushConfigChange(room: RoomServices, what: ConfigChange, now: number): Promise<void> {
  const config = room.config();
  if (what === 'domains') await closeForeignWidgets(room, config.domains, now);
  if (what === 'operators') await removeFormerOperators(room, now);
  if (what === 'plan') enforceOperatorLimit(room);
  if (WIDGET_CHANGES.has(what)) {
    const frame = { type: 'config', config: widgetConfig(config) } as const;
    toVisitors(
      [...room.sockets.visitors()].map(([ws]) => ws),
      frame,
    );
  }
  if (what !== 'domains') {
    toOperators(
      [...room.sockets.operators()].map(([ws]) => ws),
      { type: 'config', config: operatorConfig(config) },
    );
  }
  // Fast responses change nothing routing or availability depend on.
  if (what !== 'fast-responses') room.dispatcher.settle(now);
}

/**
 * A widget whose page's domain is no longer registered is disconnected at once (F3, F13). The
 * Test chat page runs on the console, not on a domain, so it is left alone.
 */
async function closeForeignWidgets(room: RoomServices, domains: readonly string[], now: number): Promise<void> {
  for (const [ws, a] of room.sockets.all()) {
    if (a.role !== 'visitor' || a.testChatUserId !== null) continue;
    const host = hostnameOfOrigin(a.origin);
    if (host && matchHost(host, domains) !== null) continue;
    room.sockets.remove(ws);
    ws.close(CLOSE_CODES.revoked, 'domain removed');
    await onVisitorGone(room, a, now);
  }
}

/**
 * Sockets of operators no longer in the company, and their Test chat pages, are closed; their
 * chats move on at once.
 */
async function removeFormerOperators(room: RoomServices, now: number): Promise<void> {
  const members = new Set(room.config().members.map((m) => m.id));
  for (const [ws, a] of room.sockets.all()) {
    const userId = a.role === 'operator' ? a.operatorId : a.testChatUserId;
    if (userId === null || members.has(userId)) continue;
    room.sockets.remove(ws);
    ws.close(CLOSE_CODES.revoked, 'removed from the company');
    if (a.role === 'visitor') await onVisitorGone(room, a, now);
  }
  for (const chat of room.store.openChats()) {
    if (chat.operatorId && !members.has(chat.operatorId)) room.dispatcher.release(chat, now);
  }
}
