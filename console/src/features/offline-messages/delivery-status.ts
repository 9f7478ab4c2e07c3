import { plural } from '../../../../common/plural';
import { OFFLINE_MAX_DELIVERY_TRIES, type OfflineMessageView } from '../../../../common/schemas/offline';

const triesText = (n: number) => plural(n, { one: '{n} try', other: '{n} tries' });

/** How a message's email delivery is shown: a short label and its colour. */
export interface DeliveryLabel {
  text: string;
  tone: 'ok' | 'warn' | 'danger' | 'muted';
}

/** The delivery state of one message in words, tries included, for the list and the detail. */
export function deliveryLabel(m: Pick<OfflineMessageView, 'deliveryStatus' | 'tries'>): DeliveryLabel {
  switch (m.deliveryStatus) {
    case 'sent':
      return { text: m.tries > 1 ? `Emailed after ${triesText(m.tries)}` : 'Emailed', tone: 'ok' };
    case 'failed':
      return { text: `Email failed after ${triesText(m.tries)}`, tone: 'danger' };
    case 'suppressed':
      return { text: 'Spam, not emailed', tone: 'muted' };
    case 'pending':
      return m.tries === 0
        ? { text: 'Emailing…', tone: 'warn' }
        : { text: `Retrying email (${m.tries} of ${OFFLINE_MAX_DELIVERY_TRIES} tries failed)`, tone: 'warn' };
  }
}
