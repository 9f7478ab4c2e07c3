import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './list-cursor';

describe('list cursor', () => {
  it('round-trips a position, ids with dots included', () => {
    const position = { createdAtMs: 1_741_000_000_123, id: 'a.b-C_d' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'abc', '.id', '12.', 'x1.id', '1e5.id', '1234567890123456.id'])('rejects %j', (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
