/**
 * What a scenario needs from the system under test. The floor and Parley implement it with
 * their own frames; the scenarios drive both with the same load.
 */

import type { Runtime } from '../lib/runtime';
import type { SocketClient } from '../lib/socket-client';

/** One live chat: a visitor socket and the operator socket it is routed to. */
export interface ChatPair {
  index: number;
  /** The visitor's id in its hello (Parley operators see it as the displayId). */
  visitorId: string;
  visitor: SocketClient;
  operator: SocketClient;
  /** ms from the visitor's first message to the chat showing on the operator's socket. */
  startMs: number;
  /** Sends a chat message from the visitor (text must be unique within the run). */
  visitorSend(text: string): void;
  /** Sends a chat message from the operator into this chat. */
  operatorSend(text: string): void;
}

export interface Target {
  readonly name: 'floor' | 'parley';
  readonly runtime: Runtime;
  /**
   * Opens `count` chats over `operators` operator sockets, `concurrency` chat starts at a time,
   * and resolves once every chat is live on both sides. `tag` keeps ids unique across scenarios.
   */
  openChats(count: number, operators: number, tag: string, concurrency?: number): Promise<ChatPair[]>;
  /** Ends the chats (where the system has chats) and closes their sockets. */
  closeChats(pairs: readonly ChatPair[]): Promise<void>;
  /**
   * The chat text a frame carries — a message delivered from the other side, or the stored
   * confirmation of the socket's own message — else null. Scenario texts say their direction,
   * so a listener tells the two apart by prefix.
   */
  messageText(frame: Record<string, unknown>): string | null;
  /** Opens one idle visitor socket (connected and greeted, no chat). */
  openIdleVisitor(i: number, tag: string): Promise<SocketClient>;
}
