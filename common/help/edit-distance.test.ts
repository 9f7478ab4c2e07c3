import { describe, expect, it } from 'vitest';
import { withinOneEdit } from './edit-distance';

describe('withinOneEdit', () => {
  it.each([
    ['widget', 'widget'],
    ['widgte', 'widget'],
    ['wiget', 'widget'],
    ['widgets', 'widget'],
    ['xidget', 'widget'],
    ['запрошеня', 'запрошення'],
  ])('%s ~ %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  it.each([
    ['wdgte', 'widget'],
    ['gadget', 'widget'],
    ['widgetsss', 'widget'],
  ])('%s is two or more edits from %s', (a, b) => expect(withinOneEdit(a, b)).toBe(false));
});
