import { describe, expect, test } from 'vitest';
import { CLOSED_PICKER, composerKey, type PickerState, pickerAfterInput } from './composer-keys';
import { findTrigger } from './fast-response-match';

const openAt = (start = 0, active = 0): PickerState => ({ open: true, active, triggerStart: start, dismissedAt: null });

describe('pickerAfterInput', () => {
  test('opens on a trigger and closes without one', () => {
    const open = pickerAfterInput(CLOSED_PICKER, findTrigger('\\gr', 3));
    expect(open).toEqual(openAt(0));
    expect(pickerAfterInput(open, findTrigger('hi', 2))).toEqual(CLOSED_PICKER);
  });
  test('typing more resets the highlight to the first row', () => {
    expect(pickerAfterInput(openAt(0, 2), findTrigger('\\gre', 4)).active).toBe(0);
  });
  test('after Esc the same trigger stays closed, a new trigger opens again', () => {
    const dismissed = composerKey(openAt(0), { key: 'Escape' }, 2).state;
    expect(dismissed.open).toBe(false);
    expect(pickerAfterInput(dismissed, findTrigger('\\gre', 4)).open).toBe(false);
    expect(pickerAfterInput(dismissed, findTrigger('\\gre \\b', 7)).open).toBe(true);
  });
});

describe('composerKey', () => {
  test('Enter sends, Shift+Enter keeps the newline', () => {
    expect(composerKey(CLOSED_PICKER, { key: 'Enter' }, 0)).toMatchObject({ action: { type: 'send' }, preventDefault: true });
    expect(composerKey(CLOSED_PICKER, { key: 'Enter', shiftKey: true }, 0)).toMatchObject({
      action: { type: 'none' },
      preventDefault: false,
    });
  });
  test('Enter during an IME composition does nothing', () => {
    expect(composerKey(CLOSED_PICKER, { key: 'Enter', isComposing: true }, 0).action.type).toBe('none');
  });
  test('arrows move through the rows and wrap around', () => {
    let state = openAt();
    state = composerKey(state, { key: 'ArrowDown' }, 3).state;
    expect(state.active).toBe(1);
    state = composerKey(state, { key: 'ArrowDown' }, 3).state;
    state = composerKey(state, { key: 'ArrowDown' }, 3).state;
    expect(state.active).toBe(0);
    expect(composerKey(state, { key: 'ArrowUp' }, 3).state.active).toBe(2);
  });
  test('arrows are the browser’s while the picker is closed', () => {
    expect(composerKey(CLOSED_PICKER, { key: 'ArrowDown' }, 3).preventDefault).toBe(false);
  });
  test('Enter and Tab insert the highlighted row and close the picker instead of sending', () => {
    const r = composerKey(openAt(0, 1), { key: 'Enter' }, 2);
    expect(r).toEqual({ state: CLOSED_PICKER, action: { type: 'insert', index: 1 }, preventDefault: true });
    expect(composerKey(openAt(0, 0), { key: 'Tab' }, 2).action).toEqual({ type: 'insert', index: 0 });
  });
  test('Esc closes the picker without sending', () => {
    const r = composerKey(openAt(4), { key: 'Escape' }, 2);
    expect(r.state).toMatchObject({ open: false, dismissedAt: 4 });
    expect(r.action.type).toBe('none');
  });
  test('an open picker with no match lets Enter send what was typed', () => {
    expect(composerKey(openAt(), { key: 'Enter' }, 0).action.type).toBe('send');
    expect(composerKey(openAt(), { key: 'ArrowDown' }, 0).preventDefault).toBe(false);
  });
  test('Alt+arrows are left to the chat-switching shortcuts', () => {
    expect(composerKey(openAt(), { key: 'ArrowDown', altKey: true }, 3)).toMatchObject({ action: { type: 'none' }, preventDefault: false });
  });
});
