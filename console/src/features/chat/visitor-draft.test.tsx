// @vitest-environment jsdom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, expect, test, vi } from 'vitest';
import { TYPING_SHOWN_MS } from '../../../../common/protocol';
import { VisitorDraft } from './visitor-draft';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function mount(first: { text: string } | null) {
  const [draft, setDraft] = createSignal(first);
  render(() => <VisitorDraft draft={draft()} />);
  const shown = () => document.querySelector('.visitor-draft')?.textContent ?? null;
  return { setDraft, shown };
}

test('shows the draft labelled "typing…", follows it, and goes when it is cleared', () => {
  const { setDraft, shown } = mount({ text: 'Where is my' });
  expect(screen.getByText('typing…')).toBeTruthy();
  expect(shown()).toBe('typing… Where is my');
  setDraft({ text: 'Where is my order?' });
  expect(shown()).toBe('typing… Where is my order?');
  setDraft(null);
  expect(shown()).toBeNull();
});

test('goes TYPING_SHOWN_MS after the last typing frame, each frame starting the wait over', () => {
  vi.useFakeTimers();
  const { setDraft, shown } = mount({ text: 'Hel' });
  vi.advanceTimersByTime(TYPING_SHOWN_MS - 1000);
  // The same text in a new frame: the visitor is still there.
  setDraft({ text: 'Hel' });
  vi.advanceTimersByTime(TYPING_SHOWN_MS - 1);
  expect(shown()).toBe('typing… Hel');
  vi.advanceTimersByTime(1);
  expect(shown()).toBeNull();
  setDraft({ text: 'Hello' });
  expect(shown()).toBe('typing… Hello');
});
