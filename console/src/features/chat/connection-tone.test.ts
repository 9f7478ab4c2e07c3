import { describe, expect, test } from 'vitest';
import { connectionTone } from './connection-tone';

describe('connectionTone', () => {
  test('green (open) only while connected and Online', () => {
    expect(connectionTone('open', 'online')).toBe('open');
    expect(connectionTone('open', 'away')).toBe('away');
    expect(connectionTone('open', undefined)).toBe('away');
  });

  test('any other connection state shows as itself, whatever the status', () => {
    for (const state of ['connecting', 'reconnecting', 'revoked', 'outdated'] as const) {
      expect(connectionTone(state, 'online')).toBe(state);
      expect(connectionTone(state, 'away')).toBe(state);
    }
  });
});
