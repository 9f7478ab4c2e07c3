import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../common/help/highlight';
import { markParts } from './mark-parts';

describe('markParts', () => {
  it('splits the server’s highlight markup into marked and plain runs, entities decoded', () => {
    expect(markParts('Returning a <mark>parcel</mark> &amp; more')).toEqual([
      { text: 'Returning a ', mark: false },
      { text: 'parcel', mark: true },
      { text: ' & more', mark: false },
    ]);
  });

  it('gives back exactly what the server escaped, markup included, as text', () => {
    const nasty = `<img src=x onerror="alert(1)"> & 'quotes' &lt;`;
    expect(markParts(escapeHtml(nasty))).toEqual([{ text: nasty, mark: false }]);
    expect(markParts(`<mark>${escapeHtml('<b>')}</mark>`)).toEqual([{ text: '<b>', mark: true }]);
  });

  it('has nothing for an empty string', () => {
    expect(markParts('')).toEqual([]);
  });
});
