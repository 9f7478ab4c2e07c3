// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_SECRET_CHARS } from '../../common/protocol/limits';
import type { Saved } from './logic/saved';
import { loadSaved, persist, watchSaved } from './visitor-storage';

afterEach(() => localStorage.clear());

describe('saved visitor identity', () => {
  it('starts a fresh visitor with a secret, and keeps both across loads', () => {
    const first = loadSaved('k');
    expect(first.visitorSecret.length).toBeGreaterThanOrEqual(MIN_SECRET_CHARS);
    expect(first.visitorSecret).not.toBe(first.visitorId);
    persist('k', first);
    expect(loadSaved('k')).toMatchObject({ visitorId: first.visitorId, visitorSecret: first.visitorSecret });
  });

  it('drops state saved before visitor secrets: that id is never resumed, so a new visitor starts', () => {
    localStorage.setItem('parley:k', JSON.stringify({ visitorId: 'old-id', chat: { id: 'c1' }, messages: [] }));
    const loaded = loadSaved('k');
    expect(loaded.visitorId).not.toBe('old-id');
    expect(loaded.chat).toBeNull();
    expect(typeof loaded.visitorSecret).toBe('string');
  });
});

describe("another tab's saves", () => {
  it('are read back for this key only, as the other tab wrote them', () => {
    const seen: Saved[] = [];
    watchSaved('k', (saved) => seen.push(saved));
    const other = { ...loadSaved('k'), visitorId: 'v-other', visitorSecret: 's'.repeat(MIN_SECRET_CHARS) };
    persist('k', other);
    const newValue = localStorage.getItem('parley:k');
    // The browser fires `storage` only in the other tabs; here the test plays that tab's events.
    dispatchEvent(new StorageEvent('storage', { key: 'parley:k', newValue }));
    dispatchEvent(new StorageEvent('storage', { key: 'parley:other-key', newValue }));
    // The entry removed (the site cleared its storage): nobody to follow.
    dispatchEvent(new StorageEvent('storage', { key: 'parley:k', newValue: null }));
    expect(seen).toEqual([other]);
  });
});
