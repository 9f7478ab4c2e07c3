// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../../../../common/help/render';
import { articleFragment } from './article-html';

const BASE = 'https://parley.example/';
const html = (fragment: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
};

describe('articleFragment', () => {
  it('keeps what Markdown renders, with links opening in a new tab', () => {
    const out = html(articleFragment(renderArticle('## Returns\n\nSend it **back** within [30 days](https://shop.example/terms).'), BASE));
    expect(out).toBe(
      '<h2>Returns</h2>\n<p>Send it <strong>back</strong> within <a href="https://shop.example/terms" target="_blank" rel="noopener noreferrer">30 days</a>.</p>',
    );
  });

  it('drops scripts, handlers, styles and script links even if they reach it', () => {
    const out = html(
      articleFragment(
        '<p onclick="x()" style="color:red">Hi<script>alert(1)</script><a href="javascript:alert(1)">go</a><img src="x" onerror="y()"><span>there</span></p><iframe src="https://evil.example"></iframe>',
        BASE,
      ),
    );
    expect(out).toBe('<p>Hi<a target="_blank" rel="noopener noreferrer">go</a><img src="https://parley.example/x" alt="">there</p>');
  });

  it('resolves relative addresses against Parley’s origin, not the host page', () => {
    expect(html(articleFragment('<a href="/help/c/k/en/returns">r</a>', BASE))).toContain(
      'href="https://parley.example/help/c/k/en/returns"',
    );
  });
});
