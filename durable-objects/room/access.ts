import { CLOSE_CODES } from '../../common/protocol';
import { onOperatorGone } from './operator-session';
import type { RoomServices } from './services';
import type { Attachment } from './sockets';
import { onVisitorGone } from './visitor-session';

/** Who may still hold a socket: the company's members, minus signed-out sessions. */
export interface Access {
  members: ReadonlySet<string>;
  revokedSessions: ReadonlySet<string>;
}

export interface Revoked<S> {
  socket: S;
  attachment: Attachment;
  reason: string;
}

/**
 * The sockets that may no longer stay open (SPEC S): operator tabs of former members or of a
 * signed-out session, and Test chat pages of former members. A pure function of the room's
 * storage and the socket attachments, so every wake can run it again.
 */
export function revokedSockets<S>(sockets: Iterable<readonly [S, Attachment]>, access: Access): Revoked<S>[] {
  const revoked: Revoked<S>[] = [];
  for (const [socket, attachment] of sockets) {
    const userId = attachment.role === 'operator' ? attachment.operatorId : attachment.testChatUserId;
    if (userId === null) continue;
    if (!access.members.has(userId)) revoked.push({ socket, attachment, reason: 'removed from the company' });
    else if (attachment.role === 'operator' && access.revokedSessions.has(attachment.sessionId))
      revoked.push({ socket, attachment, reason: 'signed out' });
  }
  return revoked;
}

/**
 * Closes every socket `revokedSockets` names with 4403. A signed-out tab's chats get the usual
 * reconnect grace (another tab or a new login may pick them up); a former member's chats move on
 * at once.
 */
export async function closeRevoked(room: RoomServices, now: number): Promise<void> {
  const members = new Set(room.config().members.map((m) => m.id));
  for (const { socket, attachment, reason } of revokedSockets(room.sockets.all(), {
    members,
    revokedSessions: room.revokedSessions.ids(),
  })) {
    room.sockets.remove(socket);
    try {
      socket.close(CLOSE_CODES.revoked, reason);
    } catch {
      // Already closing.
    }
    if (attachment.role === 'visitor') await onVisitorGone(room, attachment, now);
    else if (members.has(attachment.operatorId)) await onOperatorGone(room, attachment, now);
  }
  for (const chat of room.store.openChats()) {
    if (chat.operatorId && !members.has(chat.operatorId)) room.dispatcher.release(chat, now);
  }
}
