import type { ErrorFrame } from '../../common/protocol';
import type { HitLimiter } from '../visitor/stored-window';
import type { AttachmentRows } from './attachment-rows';
import type { ChatStore } from './chat-store';
import type { ConfigSnapshot } from './config-snapshot';
import type { Dispatcher } from './dispatcher';
import type { GatewayFanout } from './gateway-fanout';
import type { WindowCounter } from './limiter';
import type { RevokedSessions } from './revoked-sessions';
import type { SocketRegistry } from './sockets';

/** What the frame handlers work with; the company room owns one of each. */
export interface RoomServices {
  store: ChatStore;
  sockets: SocketRegistry;
  dispatcher: Dispatcher;
  /** The company's visitor gateways, told of configuration changes (config-push.ts). */
  gateways: GatewayFanout;
  config: () => ConfigSnapshot;
  /** Console sessions signed out while their tabs may still be open (SPEC S). */
  revokedSessions: RevokedSessions;
  /** Per-visitor message rate limit, shared by the visitor's tabs. */
  visitorMessages: WindowCounter;
  /** New chats per visitor address and for the whole company (SPEC S); kept in storage. */
  newChatsPerAddress: HitLimiter;
  newChatsPerCompany: HitLimiter;
  /** Files uploaded to chats and not yet sent (F20). */
  attachments: AttachmentRows;
  /** Widget uploads per visitor address and for the whole company (SPEC S); kept in storage. */
  uploadsPerAddress: HitLimiter;
  uploadsPerCompany: HitLimiter;
  newId: () => string;
  /** The room's clock (`CompanyRoom.clock`), which paces receipt writes (F21). */
  clock: () => number;
  /** Answers a rejected frame with `error`; a socket that keeps being rejected is closed. */
  reject: (ws: WebSocket, error: ErrorFrame) => void;
}
