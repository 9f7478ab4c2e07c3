import type { OfflineMessageView } from '../../../../common/schemas/offline';
import { deliveryLabel } from './delivery-status';

/** The email delivery state of one message as a coloured pill. */
export function DeliveryBadge(props: { message: Pick<OfflineMessageView, 'deliveryStatus' | 'tries'> }) {
  const label = () => deliveryLabel(props.message);
  return <span class={`delivery-badge delivery-${label().tone}`}>{label().text}</span>;
}
