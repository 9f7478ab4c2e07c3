import { createSignal, type JSX, onCleanup, onMount, type ParentProps, Show } from 'solid-js';
import { Portal } from 'solid-js/web';
import { FormError } from '../../../components/form';
import { errorMessage } from './error-message';

let nextId = 0;

/**
 * A modal dialog: focus moves into it and stays there (Tab cycles), Esc or the backdrop cancels,
 * and focus returns to where it was on close. Rendered only while mounted, so callers wrap it in
 * `<Show>`.
 */
export function Dialog(props: ParentProps<{ title: string; onClose: () => void; class?: string }>) {
  const titleId = `dialog-title-${++nextId}`;
  let box!: HTMLDivElement;
  const previous = document.activeElement as HTMLElement | null;

  const focusables = () =>
    [...box.querySelectorAll<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
      (el) => !el.hasAttribute('disabled'),
    );
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    } else if (event.key === 'Tab') {
      const all = focusables();
      const first = all[0];
      const last = all[all.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  onMount(() => {
    document.addEventListener('keydown', onKeyDown);
    (box.querySelector<HTMLElement>('[autofocus]') ?? focusables()[0] ?? box).focus();
  });
  onCleanup(() => {
    document.removeEventListener('keydown', onKeyDown);
    previous?.focus?.();
  });

  return (
    <Portal>
      {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: a click on the backdrop is a mouse shortcut; Escape closes the dialog from the keyboard. */}
      <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose()}>
        <div ref={box} class={`dialog ${props.class ?? ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId} tabindex="-1">
          <h2 id={titleId}>{props.title}</h2>
          {props.children}
        </div>
      </div>
    </Portal>
  );
}

/**
 * "Are you sure?" before a destructive action. Confirm runs `onConfirm`; while it runs the
 * buttons are busy, and a failure is shown inside the dialog instead of closing it.
 * With `typeToConfirm`, the confirm button stays disabled until that exact text is typed.
 */
export function ConfirmDialog(
  props: ParentProps<{
    title: string;
    confirmLabel: string;
    onConfirm: () => unknown;
    onClose: () => void;
    danger?: boolean;
    typeToConfirm?: string;
  }>,
) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [typed, setTyped] = createSignal('');
  const ready = () => !busy() && (props.typeToConfirm === undefined || typed() === props.typeToConfirm);

  const confirm: JSX.EventHandler<HTMLFormElement, SubmitEvent> = async (event) => {
    event.preventDefault();
    if (!ready()) return;
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
      props.onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={props.title} onClose={() => !busy() && props.onClose()}>
      <form onSubmit={confirm}>
        <div class="dialog-body">{props.children}</div>
        <Show when={props.typeToConfirm !== undefined}>
          <div class="field">
            <label for="confirm-typed">
              Type <strong>{props.typeToConfirm}</strong> to confirm
            </label>
            <input id="confirm-typed" autofocus autocomplete="off" value={typed()} onInput={(e) => setTyped(e.currentTarget.value)} />
          </div>
        </Show>
        <FormError message={error()} />
        <div class="dialog-actions">
          <button type="button" onClick={props.onClose} disabled={busy()} autofocus={props.typeToConfirm === undefined}>
            Cancel
          </button>
          <button type="submit" class={props.danger === false ? 'primary' : 'danger-solid'} disabled={!ready()} aria-busy={busy()}>
            {busy() ? 'Working…' : props.confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
