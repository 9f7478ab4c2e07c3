import { describe, expect, it } from 'vitest';
import { replyMailto } from './reply-link';

describe('replyMailto', () => {
  it('addresses the visitor with the theme as the subject', () => {
    expect(replyMailto('ann@example.com', 'Where is my order?')).toBe('mailto:ann@example.com?subject=Re%3A%20Where%20is%20my%20order%3F');
  });

  it('does not stack "Re:" prefixes', () => {
    expect(replyMailto('ann@example.com', 'RE: refund')).toBe('mailto:ann@example.com?subject=RE%3A%20refund');
  });

  it('cannot be made to add recipients or headers', () => {
    const link = replyMailto('ann@example.com?cc=boss@example.com', 'x&bcc=evil@example.com\r\nBcc: evil@example.com');
    const url = new URL(link);
    expect([...url.searchParams.keys()]).toEqual(['subject']);
    expect(url.pathname).toBe('ann@example.com%3Fcc%3Dboss@example.com');
    expect(url.searchParams.get('subject')).toBe('Re: x&bcc=evil@example.com\r\nBcc: evil@example.com');
  });
});
