import { describe, expect, it } from 'vitest';
import { blockingClaims, decidingClaim } from './claims';

const claim = (companyId: string, host: string, verified = false) => ({ companyId, host, verified });

describe('decidingClaim', () => {
  it('lets a verified claim win over any unverified one, even the key’s own company', () => {
    const claims = [claim('squatter', 'example.com'), claim('owner', '*.example.com', true), claim('other', 'shop.example.com')];
    expect(decidingClaim('shop.example.com', claims, 'other')).toEqual(claim('owner', '*.example.com', true));
    expect(decidingClaim('example.com', claims, 'squatter')).toEqual(claim('squatter', 'example.com'));
  });

  it('serves each company’s own unverified claim on the same host', () => {
    const claims = [claim('a', 'example.com'), claim('b', 'example.com')];
    expect(decidingClaim('www.example.com', claims, 'a')?.companyId).toBe('a');
    expect(decidingClaim('www.example.com', claims, 'b')?.companyId).toBe('b');
    expect(decidingClaim('example.com', claims)?.host).toBe('example.com');
  });

  it('prefers the most specific entry among the pool', () => {
    const claims = [claim('a', '*.example.com', true), claim('a', 'shop.example.com', true)];
    expect(decidingClaim('shop.example.com', claims)?.host).toBe('shop.example.com');
    expect(decidingClaim('blog.example.com', claims)?.host).toBe('*.example.com');
  });

  it('finds nothing when no claim covers the hostname', () => {
    expect(decidingClaim('example.org', [claim('a', 'example.com', true)], 'a')).toBeNull();
    expect(decidingClaim('example.org', [])).toBeNull();
  });
});

describe('blockingClaims', () => {
  const claims = [
    claim('a', 'example.com', true),
    claim('b', '*.example.com'),
    claim('c', 'shop.example.com'),
    claim('d', 'example.org', true),
    claim('me', 'example.net'),
  ];

  it('blocks only on other companies’ verified, overlapping claims', () => {
    expect(blockingClaims('www.example.com', 'me', claims).map((c) => c.companyId)).toEqual(['a']);
    expect(blockingClaims('shop.example.com', 'me', claims)).toEqual([]);
    expect(blockingClaims('example.com', 'a', claims)).toEqual([]);
  });
});
