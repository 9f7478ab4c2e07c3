import { closeRevoked } from './access';
import type { RoomServices } from './services';

/**
 * What every wake of a used room checks before anything else runs: the sockets against the
 * stored members and signed-out sessions, so a revocation stored before a close went out still
 * closes them (SPEC S); and, after a restart (not a hibernation wake) when sockets are gone, the
 * grace periods of operators' chats and queued visitors.
 */
export async function checkOnWake(room: RoomServices, now: number): Promise<void> {
  await closeRevoked(room, now);
  const open = room.store.openChats();
  for (const operatorId of new Set(open.map((c) => c.operatorId))) {
    if (operatorId && room.sockets.operatorSockets(operatorId).length === 0) await room.dispatcher.operatorGone(operatorId, now);
  }
  for (const chat of open) {
    if (chat.status === 'queued' && room.sockets.visitorSockets(chat.visitorId).length === 0) await room.dispatcher.visitorGone(chat, now);
  }
}
