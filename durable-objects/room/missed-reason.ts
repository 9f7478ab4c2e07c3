import type { Author, CloseReason } from '../../common/protocol';
import type { MissedReason } from '../../common/reports/events';

/**
 * Why a closing chat counts as missed (F22: the visitor wrote and no operator replied), or null
 * when it was answered or closed by the company's side on purpose. A `no_operator` close says
 * itself whether nobody was online or the offline form was offered instead of the queue.
 */
export function missedReason(close: {
  reason: CloseReason;
  by: Author;
  replied: boolean;
  noOperator?: MissedReason | undefined;
}): MissedReason | null {
  if (close.replied) return null;
  switch (close.reason) {
    case 'visitor_left':
      return 'left_queue';
    case 'no_operator':
      return close.noOperator ?? 'offline_form';
    case 'operator_lost':
      return 'offline_form';
    case 'closed':
      return close.by === 'visitor' ? 'left_queue' : null;
  }
}
