const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]):not([tabindex="-1"]),select,textarea:not([disabled])';

/**
 * Keeps Tab and Shift+Tab inside `container` (a modal dialog in a shadow root) and calls
 * `onEscape` on Escape.
 */
export function trapFocus(container: HTMLElement, root: ShadowRoot, onEscape: () => void): void {
  container.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      return onEscape();
    }
    if (e.key !== 'Tab') return;
    const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = root.activeElement;
    if (e.shiftKey && (active === first || !container.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  });
}
