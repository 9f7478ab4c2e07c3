import { describe, expect, it } from 'vitest';
import { buildMatch, MAX_QUERY_TERMS, parseQuery } from './fts-query';

describe('parseQuery', () => {
  it('keeps words only, lowercased, the last one a prefix unless a space follows', () => {
    expect(parseQuery('Add OPERAT')).toEqual([
      { norm: 'add', prefix: false },
      { norm: 'operat', prefix: true },
    ]);
    expect(parseQuery('operators ')).toEqual([{ norm: 'operators', prefix: false }]);
  });

  it('drops syntax, punctuation and emoji', () => {
    expect(parseQuery('"widget" AND (code*) ^x: 🙂').map((t) => t.norm)).toEqual(['widget', 'and', 'code', 'x']);
    expect(parseQuery('🙂 *** ()')).toEqual([]);
  });

  it('makes every apostrophe one', () => {
    for (const q of ['обʼєкт', "об'єкт", 'об’єкт']) expect(parseQuery(q)[0]!.norm).toBe('обʼєкт');
  });

  it('bounds the work: at most 8 words of the first 200 characters', () => {
    expect(parseQuery('word '.repeat(100))).toHaveLength(MAX_QUERY_TERMS);
    expect(parseQuery(`${'x'.repeat(199)} tail`)).toEqual([{ norm: 'x'.repeat(199), prefix: false }]);
  });
});

describe('buildMatch', () => {
  it('is null without words', () => expect(buildMatch([])).toBeNull());

  it('quotes every term, stems Ukrainian ones, and adds a prefix and alternatives', () => {
    const terms = parseQuery('операторів віджет');
    // The alternative "віджета" stems to the term itself, so it is not repeated.
    expect(buildMatch(terms, new Map([['віджет', ['віджета', 'віджетом']]]))).toBe('("оператор") OR ("віджет" OR "віджет" *)');
  });

  it('leaves Latin words whole for the porter tokenizer', () => {
    expect(buildMatch(parseQuery('operators '))).toBe('("operators")');
  });

  it('escapes double quotes inside a term', () => {
    expect(buildMatch([{ norm: 'a"b', prefix: false }])).toBe('("a""b")');
  });
});
