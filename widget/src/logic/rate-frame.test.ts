import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { VisitorRateSchema } from '../../../common/protocol/rating';
import { MAX_RATING_COMMENT_CHARS } from '../../../common/protocol/rating-limits';
import { rateFrame } from './rate-frame';

describe('rate frame (F21)', () => {
  it('trims the comment and cuts it to what the server takes, so a long comment is never refused', () => {
    expect(rateFrame('c1', 'bad', '  Too slow.  ')).toEqual({ type: 'rate', chatId: 'c1', rating: 'bad', comment: 'Too slow.' });
    const long = rateFrame('c1', 'good', 'x'.repeat(MAX_RATING_COMMENT_CHARS + 50));
    expect(long.comment).toHaveLength(MAX_RATING_COMMENT_CHARS);
    expect(v.safeParse(VisitorRateSchema, long).success).toBe(true);
  });
});
