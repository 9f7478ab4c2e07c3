import type { ConnectInfo } from '../../common/connect-info';
import { type AddressChecks, addressRefusal, noSuchCompany, refuse } from '../visitor/upgrade-refusal';
import type { ConfigSnapshot } from './config-snapshot';
import type { Attachment } from './sockets';

/** What the room knows, beyond its configuration, to refuse an upgrade the worker let through. */
export interface UpgradeChecks extends AddressChecks {
  sessionRevoked: (sessionId: string) => boolean;
}

/** Why the room refuses this socket, as the response to answer; null when it may connect. */
export function upgradeRefusal(info: ConnectInfo, snapshot: ConfigSnapshot, checks: UpgradeChecks, now: number): Response | null {
  // A member whose joining hasn't reached the room yet is refused like a non-member (404, API.md).
  if (info.role === 'operator' && !snapshot.members.some((m) => m.id === info.operatorId)) return noSuchCompany();
  // The session was signed out after the worker checked it, while the upgrade was on its way.
  if (info.role === 'operator' && checks.sessionRevoked(info.sessionId)) return refuse(401, 'unauthorized', 'Please log in.');
  return info.role === 'visitor' ? addressRefusal(info.address, checks, now) : null;
}

/** A new socket's attachment: a visitor before its `hello`, an operator not ready yet. */
export function newAttachment(info: ConnectInfo): Attachment {
  const strikes = { strikes: 0, strikeWindowStart: 0 };
  return info.role === 'visitor'
    ? {
        role: 'visitor',
        origin: info.origin,
        testChatUserId: info.testChatUserId,
        userAgent: info.userAgent,
        address: info.address,
        budgets: {},
        visitorId: null,
        language: '',
        category: null,
        page: { url: '', title: '', referrer: '' },
        ...strikes,
      }
    : { role: 'operator', operatorId: info.operatorId, sessionId: info.sessionId, ready: false, status: 'away', ...strikes };
}
