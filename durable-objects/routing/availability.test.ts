import { describe, expect, it } from 'vitest';
import type { Availability } from '../../common/protocol';
import { availabilityFor, availabilityState, type BusySettings, decidePush, isNews, mayQueue, servingSlots } from './availability';
import type { OperatorLoad, RoutingSettings } from './routing';

const settings: RoutingSettings = { maxChatsPerOperator: 2, categoriesEnabled: false };
const need = { language: 'en', category: null };
const op = (id: string, status: OperatorLoad['status'], activeChats: number, languages = ['en']): OperatorLoad => ({
  id,
  status,
  destinations: { languages, categories: [] },
  activeChats,
  lastAssignedAt: 0,
});
const queue: BusySettings = { busyBehaviour: 'queue', maxQueueLength: 3, offlineFormEnabled: true };

describe('availability states (F10)', () => {
  it('is free with room, busy when every serving operator is full, offline when none serving is online', () => {
    expect(availabilityState([op('a', 'online', 1)], need, settings)).toBe('free');
    expect(availabilityState([op('a', 'online', 2), op('b', 'away', 0)], need, settings)).toBe('busy');
    expect(availabilityState([op('a', 'away', 0), op('b', 'online', 0, ['de'])], need, settings)).toBe('offline');
    expect(availabilityState([], need, settings)).toBe('offline');
  });

  it('counts the serving capacity of online operators only', () => {
    expect(
      servingSlots([op('a', 'online', 2), op('b', 'online', 0), op('c', 'away', 0), op('d', 'online', 0, ['de'])], need, settings),
    ).toBe(4);
  });
});

describe('what the widget offers', () => {
  it('offers a busy chat with the queue behaviour below the cap, with the queue length and estimate', () => {
    expect(availabilityFor('busy', queue, { length: 2, waitEstimateSeconds: 180 })).toEqual({
      state: 'busy',
      available: true,
      offlineForm: true,
      queueLength: 2,
      waitEstimateSeconds: 180,
    });
    // At the cap, busy behaves like offline.
    expect(availabilityFor('busy', queue, { length: 3, waitEstimateSeconds: 240 }).available).toBe(false);
  });

  it('offers no busy chat with offline_form or hide, and says nothing of the queue when not busy', () => {
    for (const busyBehaviour of ['offline_form', 'hide'] as const)
      expect(availabilityFor('busy', { ...queue, busyBehaviour }, { length: 0, waitEstimateSeconds: 60 }).available).toBe(false);
    expect(availabilityFor('free', queue, { length: 0, waitEstimateSeconds: null })).toEqual({
      state: 'free',
      available: true,
      offlineForm: true,
    });
    expect(availabilityFor('offline', { ...queue, offlineFormEnabled: false }, { length: 5, waitEstimateSeconds: null })).toEqual({
      state: 'offline',
      available: false,
      offlineForm: false,
    });
  });

  it('queues a chat nobody is free for only while busy, below the cap, and not with offline_form', () => {
    expect(mayQueue('busy', queue, 2)).toBe(true);
    expect(mayQueue('busy', queue, 3)).toBe(false);
    expect(mayQueue('busy', { ...queue, busyBehaviour: 'hide' }, 0)).toBe(true);
    expect(mayQueue('busy', { ...queue, busyBehaviour: 'offline_form' }, 0)).toBe(false);
    expect(mayQueue('offline', queue, 0)).toBe(false);
  });
});

describe('pushes to idle widgets', () => {
  const busy = (waitEstimateSeconds: number, queueLength = 1): Availability => ({
    state: 'busy',
    available: true,
    offlineForm: true,
    queueLength,
    waitEstimateSeconds,
  });
  const free: Availability = { state: 'free', available: true, offlineForm: true };

  it('are news on a change of state, offer or form, or an estimate that moved by a minute; not on the queue length alone', () => {
    expect(isNews(free, busy(60))).toBe(true);
    expect(isNews(busy(60), { ...busy(60), available: false })).toBe(true);
    expect(isNews(free, { ...free, offlineForm: false })).toBe(true);
    expect(isNews(busy(60), busy(119, 4))).toBe(false);
    expect(isNews(busy(60), busy(120))).toBe(true);
    expect(isNews(busy(120), busy(60))).toBe(true);
  });

  it('go out at once after a quiet gap, else once the gap is over, and never without news', () => {
    const gap = 10_000;
    expect(decidePush(undefined, free, 5, gap)).toEqual({ kind: 'now' });
    expect(decidePush({ availability: free, at: null }, busy(60), 5, gap)).toEqual({ kind: 'now' });
    expect(decidePush({ availability: free, at: 1_000 }, busy(60), 20_000, gap)).toEqual({ kind: 'now' });
    expect(decidePush({ availability: free, at: 1_000 }, busy(60), 4_000, gap)).toEqual({ kind: 'later', at: 11_000 });
    expect(decidePush({ availability: busy(60), at: 1_000 }, busy(90), 4_000, gap)).toEqual({ kind: 'none' });
  });
});
