import { describe, expect, it } from 'vitest';
import type { Availability } from '../../common/protocol';
import { bestAvailability } from './best-availability';

const free: Availability = { state: 'free', available: true, offlineForm: false };
const busy: Availability = { state: 'busy', available: true, offlineForm: false, queueLength: 2 };
const full: Availability = { state: 'busy', available: false, offlineForm: true };
const offline: Availability = { state: 'offline', available: false, offlineForm: true };

describe('bestAvailability', () => {
  it('prefers an offer, then free before busy before offline, whatever the order', () => {
    expect(bestAvailability([offline, busy, free], true)).toBe(free);
    expect(bestAvailability([full, offline, busy], true)).toBe(busy);
    expect(bestAvailability([offline, full], true)).toBe(full);
  });

  it('keeps the first of equals', () => {
    const other: Availability = { ...busy, queueLength: 5 };
    expect(bestAvailability([busy, other], false)).toBe(busy);
  });

  it('is offline, with the company’s offline form, when no language is offered', () => {
    expect(bestAvailability([], true)).toEqual({ state: 'offline', available: false, offlineForm: true });
    expect(bestAvailability([], false)).toEqual({ state: 'offline', available: false, offlineForm: false });
  });
});
