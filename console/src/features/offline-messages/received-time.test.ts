import { describe, expect, it } from 'vitest';
import { fullReceived, shortReceived } from './received-time';

const now = new Date('2025-06-15T18:00:00Z');
const short = (iso: string) => shortReceived(iso, now, 'en-GB', 'UTC');

describe('shortReceived', () => {
  it('shows the time for a message from today', () => {
    expect(short('2025-06-15T09:05:00Z')).toBe('09:05');
  });

  it('shows the day for an earlier message of this year', () => {
    expect(short('2025-03-04T09:05:00Z')).toBe('4 Mar');
  });

  it('shows the full date for an older message', () => {
    expect(short('2024-12-31T23:00:00Z')).toBe('31 Dec 2024');
  });

  it('decides "today" in the given time zone', () => {
    // 01:00 on the 16th in Kyiv is still the 15th in UTC.
    expect(shortReceived('2025-06-15T22:00:00Z', new Date('2025-06-15T23:00:00Z'), 'en-GB', 'Europe/Kyiv')).toBe('01:00');
    expect(shortReceived('2025-06-15T20:00:00Z', new Date('2025-06-15T22:00:00Z'), 'en-GB', 'Europe/Kyiv')).toBe('15 Jun');
  });
});

describe('fullReceived', () => {
  it('shows date and time', () => {
    expect(fullReceived('2025-03-04T09:05:00Z', 'en-GB', 'UTC')).toBe('4 Mar 2025, 09:05');
  });
});
