import { afterEach, describe, expect, it, vi } from 'vitest';
import { trailing } from './trailing';

afterEach(() => vi.useRealTimers());

describe('trailing', () => {
  it('calls at most once per wait, with the latest value', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const push = trailing(500, (v: string) => calls.push(v));
    push('H');
    vi.advanceTimersByTime(100);
    push('He');
    push('Hel');
    vi.advanceTimersByTime(399);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['Hel']);
    push('Hell');
    vi.advanceTimersByTime(250);
    push('Hello');
    vi.advanceTimersByTime(250);
    expect(calls).toEqual(['Hel', 'Hello']);
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual(['Hel', 'Hello']);
  });
});
