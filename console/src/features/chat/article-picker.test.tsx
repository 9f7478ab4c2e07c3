// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ArticlePicker } from './article-picker';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LIST = {
  articles: [
    { slug: 'returns', title: 'Returning a parcel', excerpt: '', published: true, position: 0 },
    { slug: 'secret', title: 'Secret draft', excerpt: '', published: false, position: 1 },
    { slug: 'delivery', title: 'Delivery times', excerpt: '', published: true, position: 2 },
  ],
};
const HITS = {
  articles: [
    { slug: 'secret', title: 'Secret draft', titleHtml: '', snippetHtml: '' },
    { slug: 'delivery', title: 'Delivery times', titleHtml: '', snippetHtml: '' },
  ],
};

/** The company's articles API as the server answers it: the list without `q`, hits with it. */
function serve() {
  const fetch = vi.fn(async (input: string | URL | Request) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://console.test');
    return Response.json(url.searchParams.get('q') ? HITS : LIST);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('ArticlePicker', () => {
  test('offers published articles only, in the visitor’s language; arrows and Enter pick one', async () => {
    const fetch = serve();
    const onPick = vi.fn();
    render(() => <ArticlePicker companyId="c1" lang="uk" onPick={onPick} onClose={() => {}} />);
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Returning a parcel', 'Delivery times']));
    expect(String(fetch.mock.calls[0]![0])).toContain('lang=uk');
    const box = screen.getByRole('combobox');
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith('delivery');
  });

  test('search hits leave drafts out too; Escape closes', async () => {
    serve();
    const onClose = vi.fn();
    render(() => <ArticlePicker companyId="c1" lang="en" onPick={() => {}} onClose={onClose} />);
    const box = screen.getByRole('combobox');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    fireEvent.input(box, { target: { value: 'secret delivery' } });
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Delivery times']));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
