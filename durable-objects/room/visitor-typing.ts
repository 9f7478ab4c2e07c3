import type { VisitorTyping } from '../../common/protocol';
import { typingPreviewOn } from './config-snapshot';
import type { RoomServices } from './services';
import { toOperators } from './sockets';

/**
 * A visitor's `typing`, relayed to the operator of their chat alone. The draft (F21 typing preview)
 * goes along only while the company has the preview on, so an old or hostile widget can't push one
 * past the setting; it lives in this frame only: never stored, recorded or logged.
 */
export function relayVisitorTyping(room: RoomServices, visitorId: string, frame: VisitorTyping): void {
  const chat = room.store.openChatHeadOf(visitorId);
  if (!chat?.operatorId) return;
  const draft = frame.typing && typingPreviewOn(room.config()) ? frame.draft : undefined;
  toOperators(room.sockets.operatorSockets(chat.operatorId), {
    type: 'typing',
    chatId: chat.id,
    typing: frame.typing,
    ...(draft === undefined ? {} : { draft }),
  });
}
