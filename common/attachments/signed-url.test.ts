import { describe, expect, it } from 'vitest';
import { LIVE_URL_TTL_MS, TRANSCRIPT_URL_TTL_MS, URL_EXPIRY_STEP_MS } from './limits';
import { attachmentUrlSecret, signAttachmentUrl, verifyAttachmentUrl } from './signed-url';

const SECRET = 'test-secret-0123456789';
const ref = { companyId: 'co_1', chatId: 'chat-1', id: 'att_1' };
const NOW = 1_800_000_000_000;

function parse(url: string): { id: string; query: URLSearchParams } {
  const u = new URL(url, 'https://parley.test');
  return { id: u.pathname.split('/').at(-1)!, query: u.searchParams };
}

const verify = (url: string, now: number, secret = SECRET) => {
  const { id, query } = parse(url);
  return verifyAttachmentUrl(secret, id, query, now);
};

describe('signed attachment URLs', () => {
  it('serve the signed attachment until the expiry, and nothing after it', () => {
    const url = signAttachmentUrl(SECRET, ref, NOW, LIVE_URL_TTL_MS);
    expect(url.startsWith('/api/attachments/att_1?')).toBe(true);
    expect(verify(url, NOW)).toEqual(ref);
    expect(verify(url, NOW + LIVE_URL_TTL_MS - 1)).toEqual(ref);
    const expires = Number(parse(url).query.get('expires')) * 1000;
    expect(expires).toBeGreaterThanOrEqual(NOW + LIVE_URL_TTL_MS);
    expect(expires).toBeLessThan(NOW + LIVE_URL_TTL_MS + URL_EXPIRY_STEP_MS);
    expect(verify(url, expires)).toBeNull();
  });

  it('give transcripts a 30-day URL', () => {
    const url = signAttachmentUrl(SECRET, ref, NOW, TRANSCRIPT_URL_TTL_MS);
    expect(verify(url, NOW + 29 * 86_400_000)).toEqual(ref);
    expect(verify(url, NOW + 31 * 86_400_000)).toBeNull();
  });

  it('give the same URL for a while, so browsers cache the file', () => {
    const start = Math.ceil(NOW / URL_EXPIRY_STEP_MS) * URL_EXPIRY_STEP_MS + 1;
    expect(signAttachmentUrl(SECRET, ref, start, LIVE_URL_TTL_MS)).toBe(signAttachmentUrl(SECRET, ref, start + 60_000, LIVE_URL_TTL_MS));
  });

  it('refuse a changed id, company, chat, expiry or signature, and another key', () => {
    const url = signAttachmentUrl(SECRET, ref, NOW, LIVE_URL_TTL_MS);
    const { id, query } = parse(url);
    const altered = (name: string, value: string) => {
      const q = new URLSearchParams(query);
      q.set(name, value);
      return verifyAttachmentUrl(SECRET, id, q, NOW);
    };
    expect(verifyAttachmentUrl(SECRET, 'att_2', query, NOW)).toBeNull();
    expect(altered('company', 'co_2')).toBeNull();
    expect(altered('chat', 'chat-2')).toBeNull();
    expect(altered('expires', String(Number(query.get('expires')) + 3600))).toBeNull();
    expect(altered('sig', `${query.get('sig')!.slice(0, -1)}A`)).toBeNull();
    expect(altered('company', '../other')).toBeNull();
    expect(verify(url, NOW, 'another-secret-0123456789')).toBeNull();
    expect(verifyAttachmentUrl(SECRET, id, new URLSearchParams(), NOW)).toBeNull();
  });
});

describe('attachmentUrlSecret', () => {
  it('is the configured secret, a fixed key in development only, else none', () => {
    expect(attachmentUrlSecret({ ENVIRONMENT: 'production', ATTACHMENT_URL_SECRET: 'k' })).toBe('k');
    expect(attachmentUrlSecret({ ENVIRONMENT: 'development' })).toEqual(expect.any(String));
    expect(attachmentUrlSecret({ ENVIRONMENT: 'production' })).toBeNull();
  });
});
