import { describe, expect, it } from 'vitest';
import { missedReason } from './missed-reason';

describe('missed reason (F22)', () => {
  it('is null once an operator replied, whatever ended the chat', () => {
    for (const reason of ['closed', 'no_operator', 'operator_lost', 'visitor_left'] as const)
      expect(missedReason({ reason, by: 'system', replied: true })).toBeNull();
  });

  it('names why an unanswered chat was missed', () => {
    expect(missedReason({ reason: 'visitor_left', by: 'system', replied: false })).toBe('left_queue');
    expect(missedReason({ reason: 'closed', by: 'visitor', replied: false })).toBe('left_queue');
    expect(missedReason({ reason: 'no_operator', by: 'system', replied: false, noOperator: 'nobody_online' })).toBe('nobody_online');
    expect(missedReason({ reason: 'no_operator', by: 'system', replied: false })).toBe('offline_form');
    expect(missedReason({ reason: 'operator_lost', by: 'system', replied: false })).toBe('offline_form');
  });

  it('does not count a chat the company closed itself as missed', () => {
    expect(missedReason({ reason: 'closed', by: 'operator', replied: false })).toBeNull();
    expect(missedReason({ reason: 'closed', by: 'system', replied: false })).toBeNull();
  });
});
