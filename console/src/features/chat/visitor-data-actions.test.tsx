// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { VisitorDataActions } from './visitor-data-actions';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('VisitorDataActions', () => {
  test('links the export and erases only after a second, explicit click', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    const onErased = vi.fn();
    render(() => <VisitorDataActions companyId="c1" visitorId="v-1" onErased={onErased} />);
    expect(screen.getByRole('link', { name: 'Download visitor data' }).getAttribute('href')).toBe('/api/companies/c1/visitors/v-1/export');

    fireEvent.click(screen.getByRole('button', { name: 'Erase visitor data…' }));
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: "Erase all of this visitor's chats" }));
    await waitFor(() => expect(onErased).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0] as unknown as [string | URL, RequestInit];
    expect(String(url)).toMatch(/\/api\/companies\/c1\/visitors\/v-1$/);
    expect(init.method).toBe('DELETE');
  });
});
