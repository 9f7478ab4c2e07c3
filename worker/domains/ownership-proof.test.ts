import { describe, expect, it } from 'vitest';
import { findOwnershipProof, metaTokens, proofInstructions } from './ownership-proof';

const TOKEN = '0123456789abcdef0123456789abcdef';

/** A stand-in for the internet: answers by URL, 404 for anything else; records what was asked. */
function internet(pages: Record<string, () => Response>) {
  const asked: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    asked.push(url);
    return pages[url]?.() ?? new Response('not found', { status: 404 });
  }) as typeof fetch;
  return { fetcher, asked };
}

const doh = (name: string, ...values: string[]) => ({
  [`https://cloudflare-dns.com/dns-query?name=${name}&type=TXT`]: () =>
    Response.json({ Status: 0, Answer: values.map((v) => ({ name, type: 16, data: JSON.stringify(v) })) }),
});

describe('proofInstructions', () => {
  it('offers DNS, a meta tag and a file for a plain host', () => {
    expect(proofInstructions('example.com', TOKEN)).toEqual({
      dns: { name: '_parley-verification.example.com', type: 'TXT', value: `parley-verification=${TOKEN}` },
      meta: { url: 'https://example.com/', tag: `<meta name="parley-verification" content="${TOKEN}">` },
      file: { url: 'https://example.com/.well-known/parley-verification.txt', content: TOKEN },
    });
  });

  it('offers only DNS on the base domain for a wildcard', () => {
    const how = proofInstructions('*.example.com', TOKEN);
    expect(how.dns.name).toBe('_parley-verification.example.com');
    expect(how.meta).toBeNull();
    expect(how.file).toBeNull();
  });
});

describe('metaTokens', () => {
  it('finds the tag whatever the attribute order, quotes and case', () => {
    const html = `<html><head><meta charset="utf-8"><META content='${TOKEN}' NAME="Parley-Verification"/><meta name=parley-verification content=second></head>`;
    expect(metaTokens(html)).toEqual([TOKEN, 'second']);
  });

  it('ignores other meta tags and tags outside <meta>', () => {
    expect(metaTokens(`<meta name="description" content="${TOKEN}"><p name="parley-verification" content="x">`)).toEqual([]);
  });
});

describe('findOwnershipProof', () => {
  it('accepts the TXT record', async () => {
    const { fetcher } = internet(doh('_parley-verification.example.com', 'v=spf1 -all', `parley-verification=${TOKEN}`));
    expect(await findOwnershipProof('example.com', TOKEN, fetcher)).toBe('dns');
    expect(await findOwnershipProof('*.example.com', TOKEN, fetcher)).toBe('dns');
  });

  it('refuses another token, and a record on another name', async () => {
    const { fetcher } = internet({
      ...doh('_parley-verification.example.com', 'parley-verification=someone-else'),
      ...doh('example.com', `parley-verification=${TOKEN}`),
    });
    expect(await findOwnershipProof('example.com', TOKEN, fetcher)).toBeNull();
  });

  it('accepts the meta tag on the home page, through a redirect to www', async () => {
    const { fetcher } = internet({
      'https://example.com/': () => new Response(null, { status: 301, headers: { location: 'https://www.example.com/' } }),
      'https://www.example.com/': () => new Response(`<head><meta name="parley-verification" content="${TOKEN}"></head>`),
    });
    expect(await findOwnershipProof('example.com', TOKEN, fetcher)).toBe('meta');
  });

  it('accepts the well-known file', async () => {
    const { fetcher } = internet({ 'https://example.com/.well-known/parley-verification.txt': () => new Response(`${TOKEN}\n`) });
    expect(await findOwnershipProof('example.com', TOKEN, fetcher)).toBe('file');
  });

  it('does not follow a redirect off the claimed site, or to plain HTTP', async () => {
    const { fetcher, asked } = internet({
      'https://example.com/': () => new Response(null, { status: 302, headers: { location: 'https://attacker.example.net/' } }),
      'https://attacker.example.net/': () => new Response(`<meta name="parley-verification" content="${TOKEN}">`),
      'https://example.com/.well-known/parley-verification.txt': () =>
        new Response(null, { status: 302, headers: { location: 'http://example.com/token.txt' } }),
      'http://example.com/token.txt': () => new Response(TOKEN),
    });
    expect(await findOwnershipProof('example.com', TOKEN, fetcher)).toBeNull();
    expect(asked).not.toContain('https://attacker.example.net/');
    expect(asked).not.toContain('http://example.com/token.txt');
  });

  it('does not take a web page as proof for a wildcard', async () => {
    const { fetcher, asked } = internet({
      'https://example.com/': () => new Response(`<meta name="parley-verification" content="${TOKEN}">`),
    });
    expect(await findOwnershipProof('*.example.com', TOKEN, fetcher)).toBeNull();
    expect(asked).toEqual(['https://cloudflare-dns.com/dns-query?name=_parley-verification.example.com&type=TXT']);
  });

  it('finds nothing when every probe fails', async () => {
    const fetcher = (async () => {
      throw new TypeError('network down');
    }) as typeof fetch;
    expect(await findOwnershipProof('example.com', TOKEN, fetcher)).toBeNull();
  });
});
