import type { FastTrigger } from './fast-response-match';

/** The fast-response picker under the composer. */
export interface PickerState {
  open: boolean;
  /** Highlighted row. */
  active: number;
  /** Where the current trigger starts; Esc remembers it so the picker stays shut for that trigger. */
  triggerStart: number | null;
  dismissedAt: number | null;
}

export const CLOSED_PICKER: PickerState = { open: false, active: 0, triggerStart: null, dismissedAt: null };

/** The parts of a KeyboardEvent the composer looks at. */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** An IME composition is in progress: Enter confirms it and must not send. */
  isComposing?: boolean;
}

export type ComposerAction = { type: 'none' } | { type: 'send' } | { type: 'insert'; index: number };

export interface KeyResult {
  state: PickerState;
  action: ComposerAction;
  /** Whether the browser's default (newline, caret move) must be suppressed. */
  preventDefault: boolean;
}

const NONE: ComposerAction = { type: 'none' };

/**
 * The picker after the text or caret changed: open while a trigger is being typed (even with
 * no match, to say so), unless Esc dismissed this very trigger. The highlight returns to the top.
 */
export function pickerAfterInput(state: PickerState, trigger: FastTrigger | null): PickerState {
  if (!trigger) return CLOSED_PICKER;
  const dismissedAt = state.dismissedAt === trigger.start ? state.dismissedAt : null;
  return { open: dismissedAt === null, active: 0, triggerStart: trigger.start, dismissedAt };
}

/**
 * One key press in the composer (F11, F12). With the picker open and showing `itemCount` rows,
 * Up/Down move (wrapping), Enter or Tab insert, Esc closes. Otherwise Enter sends and
 * Shift+Enter keeps the browser's newline.
 */
export function composerKey(state: PickerState, key: KeyInput, itemCount: number): KeyResult {
  if (key.isComposing) return { state, action: NONE, preventDefault: false };
  const modified = key.altKey || key.ctrlKey || key.metaKey;
  if (state.open && !modified) {
    if (key.key === 'Escape')
      return { state: { ...state, open: false, dismissedAt: state.triggerStart }, action: NONE, preventDefault: true };
    if (itemCount > 0) {
      if (key.key === 'ArrowDown')
        return { state: { ...state, active: (state.active + 1) % itemCount }, action: NONE, preventDefault: true };
      if (key.key === 'ArrowUp')
        return { state: { ...state, active: (state.active - 1 + itemCount) % itemCount }, action: NONE, preventDefault: true };
      if ((key.key === 'Enter' && !key.shiftKey) || key.key === 'Tab') {
        return { state: CLOSED_PICKER, action: { type: 'insert', index: Math.min(state.active, itemCount - 1) }, preventDefault: true };
      }
    }
  }
  if (key.key === 'Enter' && !key.shiftKey && !modified) return { state, action: { type: 'send' }, preventDefault: true };
  return { state, action: NONE, preventDefault: false };
}
