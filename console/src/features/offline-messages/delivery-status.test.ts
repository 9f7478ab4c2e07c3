import { describe, expect, it } from 'vitest';
import { OFFLINE_MAX_DELIVERY_TRIES } from '../../../../common/schemas/offline';
import { deliveryLabel } from './delivery-status';

describe('deliveryLabel', () => {
  it('says a first-try delivery was emailed', () => {
    expect(deliveryLabel({ deliveryStatus: 'sent', tries: 1 })).toEqual({ text: 'Emailed', tone: 'ok' });
  });

  it('counts the tries of a delivery that needed retries', () => {
    expect(deliveryLabel({ deliveryStatus: 'sent', tries: 3 })).toEqual({ text: 'Emailed after 3 tries', tone: 'ok' });
  });

  it('shows retries in progress against the bound', () => {
    expect(deliveryLabel({ deliveryStatus: 'pending', tries: 0 }).text).toBe('Emailing…');
    expect(deliveryLabel({ deliveryStatus: 'pending', tries: 2 })).toEqual({
      text: `Retrying email (2 of ${OFFLINE_MAX_DELIVERY_TRIES} tries failed)`,
      tone: 'warn',
    });
  });

  it('marks a failed delivery as danger with its tries', () => {
    expect(deliveryLabel({ deliveryStatus: 'failed', tries: 5 })).toEqual({ text: 'Email failed after 5 tries', tone: 'danger' });
    expect(deliveryLabel({ deliveryStatus: 'failed', tries: 1 }).text).toBe('Email failed after 1 try');
  });
});
