import { describe, expect, test } from 'vitest';
import { flipReport, flipWarning, supportFlip } from './category-support';

describe('category support flips', () => {
  test.each([
    [0, 'add', 'on'],
    [1, 'add', null],
    [5, 'add', null],
    [1, 'remove', 'off'],
    [2, 'remove', null],
  ] as const)('%i categories, %s → %s', (before, action, flip) => {
    expect(supportFlip(before, action)).toBe(flip);
  });

  test('the warning and the report both say destinations are deleted', () => {
    expect(flipWarning('on')).toMatch(/first category.*on.*destination assignments.*deleted/);
    expect(flipWarning('off')).toMatch(/last category.*off/);
    expect(flipReport('off')).toMatch(/now off.*were deleted/);
  });
});
