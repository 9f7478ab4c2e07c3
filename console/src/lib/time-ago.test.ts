import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago';

const now = new Date('2025-06-01T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('timeAgo', () => {
  it('says "just now" under a minute, and for clock skew into the future', () => {
    expect(timeAgo(ago(59_000), now)).toBe('just now');
    expect(timeAgo(ago(-5_000), now)).toBe('just now');
  });

  it('uses the largest whole unit', () => {
    expect(timeAgo(ago(60_000), now)).toBe('1 minute ago');
    expect(timeAgo(ago(125 * 60_000), now)).toBe('2 hours ago');
    expect(timeAgo(ago(86_400_000), now)).toBe('yesterday');
    expect(timeAgo(ago(3 * 86_400_000), now)).toBe('3 days ago');
  });
});
