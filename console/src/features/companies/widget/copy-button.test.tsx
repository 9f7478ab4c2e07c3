// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CopyButton } from './copy-button';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function stubClipboard(writeText: (text: string) => Promise<void>) {
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
}

describe('CopyButton', () => {
  test('copies the text and says so', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    render(() => <CopyButton text={() => '<script async></script>'} label="Copy code" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    await screen.findByRole('button', { name: 'Copied' });
    expect(copied).toEqual(['<script async></script>']);
    expect(screen.getByRole('status').textContent).toBe('Copied to the clipboard.');
  });

  test('when the clipboard is refused, runs the fallback and says how to copy by hand', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const fallback = vi.fn();
    render(() => <CopyButton text={() => 'x'} fallback={fallback} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(fallback).toHaveBeenCalledOnce());
    expect(screen.getByRole('status').textContent).toMatch(/press Ctrl\+C/);
  });
});
