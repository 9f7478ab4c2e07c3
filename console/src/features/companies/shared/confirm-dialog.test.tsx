// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal, Show } from 'solid-js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

afterEach(cleanup);

function setup(props: { onConfirm: () => unknown; typeToConfirm?: string }) {
  const [open, setOpen] = createSignal(true);
  const onClose = vi.fn(() => setOpen(false));
  render(() => (
    <Show when={open()}>
      <ConfirmDialog
        title="Remove it?"
        confirmLabel="Remove"
        onConfirm={props.onConfirm}
        onClose={onClose}
        typeToConfirm={props.typeToConfirm}
      >
        <p>Gone for good.</p>
      </ConfirmDialog>
    </Show>
  ));
  return { onClose, open };
}

describe('ConfirmDialog', () => {
  test('is a labelled modal dialog; Esc closes it without confirming', () => {
    const onConfirm = vi.fn();
    const { onClose } = setup({ onConfirm });
    const dialog = screen.getByRole('dialog', { name: 'Remove it?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('confirming runs the action, then closes', async () => {
    const onConfirm = vi.fn(async () => undefined);
    setup({ onConfirm });
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  test('a failed action is shown inside the dialog, which stays open', async () => {
    setup({ onConfirm: () => Promise.reject(new Error('The owner can’t be removed.')) });
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The owner can’t be removed.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  test('with a name to type, confirm stays disabled until it matches exactly', () => {
    const onConfirm = vi.fn();
    setup({ onConfirm, typeToConfirm: 'Acme' });
    const confirm = screen.getByRole('button', { name: 'Remove' }) as HTMLButtonElement;
    const input = screen.getByLabelText(/Type Acme to confirm/);
    expect(confirm.disabled).toBe(true);
    fireEvent.input(input, { target: { value: 'acme' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.input(input, { target: { value: 'Acme' } });
    expect(confirm.disabled).toBe(false);
  });
});
