import type { OperatorStatus } from '../../../../common/protocol';
import type { ConnectionState } from './chat-socket';

/**
 * The toolbar's status light as a class suffix (`connection-<tone>`): `open` (green) only while
 * connected and Online, receiving chats; connected but Away (chosen, or held away by the plan)
 * is `away`, never green; otherwise the connection's own state.
 */
export function connectionTone(connection: ConnectionState, status: OperatorStatus | undefined): ConnectionState | 'away' {
  if (connection !== 'open') return connection;
  return status === 'online' ? 'open' : 'away';
}
