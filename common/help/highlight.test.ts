import { describe, expect, it } from 'vitest';
import { parseQuery } from './fts-query';
import { escapeHtml, highlight, matcherFor, snippet } from './highlight';

const m = (q: string) => matcherFor(parseQuery(q));

describe('highlight', () => {
  it('marks every form of a searched word as written, never its stem', () => {
    expect(highlight('Оператора й операторів додає власник.', m('операторів '))).toBe(
      '<mark>Оператора</mark> й <mark>операторів</mark> додає власник.',
    );
    expect(highlight('Operators and an operator', m('operators '))).toBe('<mark>Operators</mark> and an <mark>operator</mark>');
  });

  it('marks words that begin with the word being typed', () => {
    expect(highlight('The widget code', m('wid'))).toBe('The <mark>widget</mark> code');
  });

  it('escapes HTML in the text, inside and outside marks', () => {
    expect(highlight('<b>widget</b> & "x"', m('widget '))).toBe('&lt;b&gt;<mark>widget</mark>&lt;/b&gt; &amp; &quot;x&quot;');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('snippet', () => {
  it('cuts around the first match, with … at the cuts', () => {
    const text = `${'one '.repeat(40)}the widget appears ${'two '.repeat(40)}`.trim();
    const s = snippet(text, m('widget '));
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s).toContain('<mark>widget</mark>');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippet('Short text.', m('zzz '))).toBe('Short text.');
  });
});
