import { describe, expect, it } from 'vitest';
import { articlePickerKey, insertLink } from './article-picker-keys';

describe('articlePickerKey', () => {
  it('moves through the results with the arrows, wrapping, and inserts with Enter', () => {
    expect(articlePickerKey('ArrowDown', 0, 3)).toEqual({ active: 1, action: 'none', preventDefault: true });
    expect(articlePickerKey('ArrowDown', 2, 3).active).toBe(0);
    expect(articlePickerKey('ArrowUp', 0, 3).active).toBe(2);
    expect(articlePickerKey('Enter', 1, 3)).toEqual({ active: 1, action: 'insert', preventDefault: true });
  });

  it('closes with Escape, lets other keys type, and Enter does nothing without results', () => {
    expect(articlePickerKey('Escape', 1, 3).action).toBe('close');
    expect(articlePickerKey('a', 1, 3)).toEqual({ active: 1, action: 'none', preventDefault: false });
    expect(articlePickerKey('Enter', 0, 0)).toEqual({ active: 0, action: 'none', preventDefault: true });
  });
});

describe('insertLink', () => {
  const link = 'https://parley.example/help/c/k/en/returns';

  it('puts the link at the caret, spaced from the words around it', () => {
    expect(insertLink('See here', 3, link)).toEqual({ text: `See ${link} here`, caret: 4 + link.length });
    expect(insertLink('See: ', 5, link)).toEqual({ text: `See: ${link}`, caret: 5 + link.length });
    expect(insertLink('', 0, link)).toEqual({ text: link, caret: link.length });
  });
});
