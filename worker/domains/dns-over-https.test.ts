import { describe, expect, it } from 'vitest';
import { DOH_ENDPOINT, txtQuery, txtRecords } from './dns-over-https';

const NAME = '_parley-verification.example.com';

describe('txtQuery', () => {
  it('asks the resolver for the TXT records of the name in JSON', () => {
    const req = txtQuery(NAME);
    expect(req.method).toBe('GET');
    expect(req.url).toBe(`${DOH_ENDPOINT}?name=_parley-verification.example.com&type=TXT`);
    expect(req.headers.get('accept')).toBe('application/dns-json');
  });
});

describe('txtRecords', () => {
  it('reads quoted values, joining split character-strings and unescaping', () => {
    const answer = {
      Status: 0,
      Answer: [
        { name: `${NAME}.`, type: 16, TTL: 300, data: '"parley-verification=abc"' },
        { name: NAME, type: 16, TTL: 300, data: '"parley-verif" "ication=def"' },
        { name: NAME, type: 16, TTL: 300, data: '"say \\"hi\\""' },
        { name: NAME, type: 16, TTL: 300, data: 'unquoted=1' },
      ],
    };
    expect(txtRecords(answer, NAME)).toEqual(['parley-verification=abc', 'parley-verification=def', 'say "hi"', 'unquoted=1']);
  });

  it('skips other types and other names', () => {
    const answer = {
      Status: 0,
      Answer: [
        { name: NAME, type: 5, data: 'elsewhere.example.net.' },
        { name: 'elsewhere.example.net.', type: 16, data: '"parley-verification=abc"' },
      ],
    };
    expect(txtRecords(answer, NAME)).toEqual([]);
  });

  it.each([
    [{ Status: 3 }],
    [{ Status: 2, Answer: [{ name: NAME, type: 16, data: '"x"' }] }],
    [{ Status: 0 }],
    [{ Status: 0, Answer: 'nope' }],
    [{ Status: 0, Answer: [null, 7, { type: 16, data: 5 }] }],
    [null],
    ['text'],
  ])('has nothing for a failed or malformed answer %j', (answer) => {
    expect(txtRecords(answer, NAME)).toEqual([]);
  });
});
