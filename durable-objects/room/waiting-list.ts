import type { WaitingChat } from '../../common/protocol';
import { type OperatorLoad, type RoutingSettings, servesNeed } from '../routing/routing';
import { sendText } from '../visitor/send-text';
import type { ChatRow } from './chat-rows';
import type { OperatorAttachment } from './sockets';

/** The queued chats an operator serves (F7 destinations), in queue order (F10, F11). */
export function waitingFor(op: OperatorLoad, queued: readonly ChatRow[], settings: RoutingSettings): WaitingChat[] {
  return queued
    .filter((c) => servesNeed(op, { language: c.language, category: c.category }, settings))
    .map((c) => ({ chatId: c.id, language: c.language, category: c.category, since: c.queuedAt ?? c.createdAt }));
}

/**
 * Keeps every operator tab's list of waiting chats current: each tab is sent a `waiting` frame
 * when its list differs from what it was last told (a new tab always gets one). What was sent
 * is memory only; after a wake every tab is simply told again.
 */
export class WaitingLists {
  private readonly last = new WeakMap<WebSocket, string>();

  push(
    sockets: Iterable<[WebSocket, OperatorAttachment]>,
    loads: readonly OperatorLoad[],
    queued: readonly ChatRow[],
    settings: RoutingSettings,
  ): void {
    const byOperator = new Map<string, string>();
    for (const [ws, a] of sockets) {
      let text = byOperator.get(a.operatorId);
      if (text === undefined) {
        const op = loads.find((l) => l.id === a.operatorId);
        text = JSON.stringify({ type: 'waiting', chats: op ? waitingFor(op, queued, settings) : [] });
        byOperator.set(a.operatorId, text);
      }
      if (this.last.get(ws) === text) continue;
      this.last.set(ws, text);
      sendText([ws], text);
    }
  }
}
