// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, expect, test, vi } from 'vitest';
import { Composer } from './composer';
import type { FastResponse } from './fast-response-match';

afterEach(cleanup);

const greet: FastResponse = { id: 'g', nickname: 'greet', text: 'Hi there!' };
const wait: FastResponse = { id: 'w', nickname: null, text: 'Thank you for waiting.' };

function setup(initial: FastResponse[] = [greet, wait]) {
  const [responses, setResponses] = createSignal(initial);
  const onSend = vi.fn();
  const onTyping = vi.fn();
  const drafts = new Map<string, string>();
  render(() => <Composer chatId="c1" disabled={false} responses={responses()} drafts={drafts} onSend={onSend} onTyping={onTyping} />);
  const box = screen.getByLabelText('Message') as HTMLTextAreaElement;
  const type = (value: string) => {
    box.value = value;
    box.setSelectionRange(value.length, value.length);
    fireEvent.input(box);
  };
  return { box, type, onSend, onTyping, setResponses, drafts };
}

test('typing \\gr lists the nickname match; Enter inserts instead of sending', () => {
  const { box, type, onSend } = setup();
  type('\\gr');
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['\\greet Hi there!']);
  fireEvent.keyDown(box, { key: 'Enter' });
  expect(box.value).toBe('Hi there!');
  expect(screen.queryAllByRole('option')).toEqual([]);
  expect(onSend).not.toHaveBeenCalled();
  fireEvent.keyDown(box, { key: 'Enter' });
  expect(onSend).toHaveBeenCalledWith('Hi there!', false, []);
  expect(box.value).toBe('');
});

test('a click on a row inserts it', () => {
  const { box, type } = setup();
  type('ok \\\\wait');
  fireEvent.click(screen.getByRole('option'));
  expect(box.value).toBe('ok Thank you for waiting.');
});

test('responses pushed while the picker is open show at once', () => {
  const { type, setResponses } = setup();
  type('\\gr');
  setResponses([
    { ...greet, text: 'Hello, edited!' },
    { id: 'x', nickname: 'grand', text: 'Grand.' },
  ]);
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['\\grand Grand.', '\\greet Hello, edited!']);
});

test('an empty state explains a miss; Esc closes; Shift+Enter does not send', () => {
  const { box, type, onSend } = setup();
  type('\\zz');
  expect(screen.getByText('No fast response has a nickname starting with that.')).toBeTruthy();
  fireEvent.keyDown(box, { key: 'Escape' });
  expect(screen.queryByText('No fast response has a nickname starting with that.')).toBeNull();
  fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
  expect(onSend).not.toHaveBeenCalled();
});

test('the draft is kept per chat', () => {
  const { type, drafts } = setup();
  type('half-written');
  expect(drafts.get('c1')).toBe('half-written');
});

test('in Note mode, Enter adds an internal note and the visitor is not told about typing', () => {
  const { box, type, onSend, onTyping } = setup();
  const toggle = screen.getByRole('button', { name: 'Note' });
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-pressed')).toBe('true');
  expect(screen.getByLabelText('Internal note')).toBe(box);
  type('VIP, be nice');
  expect(onTyping).not.toHaveBeenCalledWith(true);
  fireEvent.keyDown(box, { key: 'Enter' });
  expect(onSend).toHaveBeenCalledWith('VIP, be nice', true, []);
  // Note mode stays on until switched off; then messages go to the visitor again.
  fireEvent.click(toggle);
  type('Hello!');
  expect(onTyping).toHaveBeenCalledWith(true);
  fireEvent.keyDown(box, { key: 'Enter' });
  expect(onSend).toHaveBeenLastCalledWith('Hello!', false, []);
});
