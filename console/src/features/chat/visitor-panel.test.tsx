// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, expect, test } from 'vitest';
import type { VisitorInfo } from '../../../../common/protocol';
import { VisitorPanel } from './visitor-panel';

afterEach(cleanup);

const visitor = (page: VisitorInfo['page'], pagesViewed: VisitorInfo['pagesViewed'] = []): VisitorInfo => ({
  displayId: 'v-1',
  language: 'en',
  category: null,
  page,
  userAgent: 'Mozilla/5.0',
  online: true,
  firstSeenAt: 0,
  pagesViewed,
  contactEmail: null,
});

const panel = (v: VisitorInfo) => {
  render(() => <VisitorPanel visitor={v} startedAt={0} categoryName={null} />);
  return screen.getByRole('complementary', { name: 'Visitor' });
};

test('a javascript: page URL, referrer and viewed page are shown as text, not links', () => {
  const evil = 'javascript:alert(document.cookie)';
  const aside = panel(
    visitor({ url: evil, title: 'Click me', referrer: 'data:text/html,hi' }, [{ url: evil, title: 'Also me', referrer: '' }]),
  );
  expect(within(aside).queryAllByRole('link')).toEqual([]);
  expect(aside.textContent).toContain('Click me');
  expect(aside.textContent).toContain('data:text/html,hi');
  expect(aside.textContent).toContain('Also me');
  expect(aside.querySelector('[href^="javascript"], [href^="data"]')).toBeNull();
});

test('http(s) page URLs, referrers and viewed pages are links opening a new tab', () => {
  const aside = panel(
    visitor({ url: 'https://shop.example/p/1', title: 'Shoes', referrer: 'https://search.example/?q=shoes' }, [
      { url: 'http://shop.example/', title: '', referrer: '' },
    ]),
  );
  const links = within(aside).getAllByRole('link');
  expect(links.map((a) => a.getAttribute('href'))).toEqual([
    'https://shop.example/p/1',
    'https://search.example/?q=shoes',
    'http://shop.example/',
  ]);
  expect(within(aside).getByRole('link', { name: 'Shoes' })).toHaveProperty('rel', 'noopener noreferrer');
  for (const a of links) expect(a.getAttribute('target')).toBe('_blank');
});

test('shows the email a waiting visitor left, to answer them at', () => {
  const page = { url: 'https://shop.example/', title: 'Shop', referrer: '' };
  expect(panel(visitor(page)).textContent).not.toContain('Email');
  cleanup();
  const aside = panel({ ...visitor(page), contactEmail: 'me@example.com' });
  expect(within(aside).getByRole('link', { name: 'me@example.com' }).getAttribute('href')).toBe('mailto:me@example.com');
});
