import { describe, expect, it } from 'vitest';
import { reloadKind } from './config-version';

describe('reloadKind', () => {
  it('reloads the parts of the next change in order, or of one already covered', () => {
    expect(reloadKind(4, 5)).toBe('parts');
    expect(reloadKind(4, 3)).toBe('parts');
    expect(reloadKind(4, undefined)).toBe('parts');
  });

  it('reloads everything when a change in between never arrived', () => {
    expect(reloadKind(4, 6)).toBe('full');
    // A snapshot saved before versions existed.
    expect(reloadKind(-1, 1)).toBe('full');
  });
});
