import { describe, expect, it } from 'vitest';
import { averageChatDuration, DEFAULT_CHAT_DURATION_MS, estimateWaitSeconds } from './wait-estimate';

describe('wait estimate (F10)', () => {
  it('averages recent chat durations, with a default before any chat finished', () => {
    expect(averageChatDuration([])).toBe(DEFAULT_CHAT_DURATION_MS);
    expect(averageChatDuration([60_000, 180_000])).toBe(120_000);
    expect(averageChatDuration([Number.NaN, -5, 90_000])).toBe(90_000);
  });

  it('grows with the position and shrinks with the serving capacity', () => {
    // Two operators with three chats each: a slot frees about every 4 min / 6 = 40 s.
    expect(estimateWaitSeconds(1, 240_000, 6)).toBe(40);
    expect(estimateWaitSeconds(3, 240_000, 6)).toBe(120);
    expect(estimateWaitSeconds(3, 240_000, 3)).toBe(240);
  });

  it('is at least a second, and unknown when nobody serving the chat is online', () => {
    expect(estimateWaitSeconds(1, 10, 50)).toBe(1);
    expect(estimateWaitSeconds(0, 60_000, 1)).toBe(60);
    expect(estimateWaitSeconds(2, 60_000, 0)).toBeNull();
  });
});
