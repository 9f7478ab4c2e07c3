/** The chat page's shortcuts, as the help overlay lists them. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: 'Alt + ↑ / Alt + ↓', does: 'Previous / next chat in the inbox' },
  { keys: 'Alt + 1 … 9', does: 'Open the chat at that place in the inbox' },
  { keys: 'Alt + C', does: 'Focus the message box' },
  { keys: 'Enter', does: 'Send the message' },
  { keys: 'Shift + Enter', does: 'New line' },
  { keys: '\\ + nickname', does: 'Fast responses by nickname' },
  { keys: '\\\\ + text', does: 'Fast responses without a nickname, by text' },
  { keys: '↑ / ↓, Enter, Esc', does: 'Move, insert, close in the fast-response list' },
  { keys: '?', does: 'Show this help (outside the message box)' },
];

export interface ShortcutKey {
  key: string;
  /** Physical key: Alt+digit types other characters on some layouts (macOS), the code doesn't change. */
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export type Shortcut = { type: 'select'; chatId: string } | { type: 'help' } | { type: 'focus-composer' };

/**
 * The page-wide shortcut a key press means, or null. `order` is the inbox order; `editing` says
 * the focus is in a text field, where `?` is just a character.
 */
export function resolveShortcut(e: ShortcutKey, order: readonly string[], selected: string | null, editing: boolean): Shortcut | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (!e.altKey) return !editing && e.key === '?' ? { type: 'help' } : null;
  if (e.code === 'KeyC') return { type: 'focus-composer' };
  const digit = /^Digit([1-9])$/.exec(e.code);
  if (digit) {
    const chatId = order[Number(digit[1]) - 1];
    return chatId ? { type: 'select', chatId } : null;
  }
  if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return null;
  if (order.length === 0) return null;
  const at = selected ? order.indexOf(selected) : -1;
  const step = e.key === 'ArrowDown' ? 1 : -1;
  const next = at === -1 ? (step === 1 ? 0 : order.length - 1) : (at + step + order.length) % order.length;
  const chatId = order[next];
  return chatId ? { type: 'select', chatId } : null;
}
