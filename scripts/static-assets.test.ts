import { describe, expect, it } from 'vitest';
import { headersFile, inlineScripts } from './static-assets';

describe('headersFile', () => {
  it('lists each pattern with its headers indented below it', () => {
    expect(headersFile({ '/*': { 'X-A': '1', 'X-B': 'two words' }, '/w/*': { 'Cache-Control': 'immutable' } })).toBe(
      '/*\n  X-A: 1\n  X-B: two words\n/w/*\n  Cache-Control: immutable\n',
    );
  });
});

describe('inlineScripts', () => {
  it('passes a page whose scripts all load from files', () => {
    const html =
      '<!doctype html><head><script type="module" crossorigin src="/assets/index-1.js"></script></head><body><div id="root"></div></body>';
    expect(inlineScripts(html)).toEqual([]);
  });

  it('ignores JSON data blocks', () => {
    expect(inlineScripts('<script type="application/json">{"a":1}</script>')).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['<script type="module">import "/x.js"</script>'],
    ['<SCRIPT>\nwindow.x = 1\n</SCRIPT >'],
    ['<img src="x" onerror="alert(1)">'],
    ['<body onload=start()>'],
  ])('finds %s', (html) => expect(inlineScripts(html)).toHaveLength(1));
});
