import { describe, expect, it } from 'vitest';
import { FREE_OPERATORS, operatorLimit } from './limits';

const now = new Date('2025-06-01T12:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('operatorLimit', () => {
  it('gives a Free company one operator', () => {
    expect(FREE_OPERATORS).toBe(1);
    expect(operatorLimit({ planOperators: 1, paidUntil: null }, now)).toBe(1);
  });

  it("gives a paid company its plan's operator count while the period runs", () => {
    expect(operatorLimit({ planOperators: 3, paidUntil: at(60_000) }, now)).toBe(3);
    expect(operatorLimit({ planOperators: 25, paidUntil: at(1) }, now)).toBe(25);
  });

  it('falls back to Free limits when the period has ended', () => {
    expect(operatorLimit({ planOperators: 3, paidUntil: now }, now)).toBe(1);
    expect(operatorLimit({ planOperators: 3, paidUntil: at(-1) }, now)).toBe(1);
  });

  it('never goes below the Free limit', () => {
    expect(operatorLimit({ planOperators: 0, paidUntil: at(60_000) }, now)).toBe(1);
  });
});
