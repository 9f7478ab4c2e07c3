import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { OFFLINE_MESSAGE_MAX_LENGTH, OFFLINE_THEME_MAX_LENGTH, OfflineMessageBodySchema } from './offline';

const valid = { key: 'k1', email: ' Ann@Example.COM ', theme: '  Refund  ', message: ' Hello\nthere ' };
const badFields = (input: unknown) => {
  const result = v.safeParse(OfflineMessageBodySchema, input);
  return result.success ? [] : [...new Set(result.issues.map((i) => v.getDotPath(i)))].sort();
};

describe('OfflineMessageBodySchema', () => {
  it('accepts a message, trimming it and normalising the email', () => {
    expect(v.parse(OfflineMessageBodySchema, { ...valid, visitorId: 'v1', website: '' })).toEqual({
      key: 'k1',
      email: 'ann@example.com',
      theme: 'Refund',
      message: 'Hello\nthere',
      visitorId: 'v1',
      website: '',
    });
  });

  it('names every invalid field', () => {
    expect(badFields({ key: 'k1', email: 'nope', theme: ' ', message: '' })).toEqual(['email', 'message', 'theme']);
    expect(badFields({ ...valid, theme: 'x'.repeat(OFFLINE_THEME_MAX_LENGTH + 1) })).toEqual(['theme']);
    expect(badFields({ ...valid, message: 'x'.repeat(OFFLINE_MESSAGE_MAX_LENGTH + 1) })).toEqual(['message']);
    expect(badFields({ email: 'a@b.co', theme: 't', message: 'm' })).toEqual(['key']);
  });

  it('accepts the limits exactly', () => {
    expect(badFields({ ...valid, theme: 'x'.repeat(OFFLINE_THEME_MAX_LENGTH), message: 'x'.repeat(OFFLINE_MESSAGE_MAX_LENGTH) })).toEqual(
      [],
    );
  });

  it('lets a filled honeypot through validation, so bots get the same answer as people', () => {
    expect(badFields({ ...valid, website: 'http://spam.example' })).toEqual([]);
  });
});
