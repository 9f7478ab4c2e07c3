import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The room signs attachment URLs synchronously (WebCrypto only signs asynchronously), so it uses
// @noble/hashes; this pins that it computes the same HMAC WebCrypto would for the worker's checks.
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

async function webCryptoHmac(key: Uint8Array, message: Uint8Array): Promise<string> {
  const k = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(new Uint8Array(await crypto.subtle.sign('HMAC', k, message)));
}

describe('synchronous HMAC-SHA-256', () => {
  it('agrees with WebCrypto for any key and message, long keys and block boundaries included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 150 }), fc.uint8Array({ maxLength: 200 }), async (key, message) => {
        expect(hex(hmac(sha256, key, message))).toBe(await webCryptoHmac(key, message));
      }),
      { numRuns: 60 },
    );
  });
});
