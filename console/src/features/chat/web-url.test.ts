import { describe, expect, it } from 'vitest';
import { webUrl } from './web-url';

describe('webUrl', () => {
  it.each([
    ['https://shop.example/p/1?x=1#top', 'https://shop.example/p/1?x=1#top'],
    ['http://shop.example', 'http://shop.example/'],
    ['  HTTPS://Shop.Example/a  ', 'https://shop.example/a'],
  ])('keeps %j as a link', (raw, href) => expect(webUrl(raw)).toBe(href));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/x',
    'not a url',
    '',
  ])('refuses %j', (raw) => expect(webUrl(raw)).toBeNull());
});
