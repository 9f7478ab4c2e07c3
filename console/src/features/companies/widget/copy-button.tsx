import { createSignal, onCleanup } from 'solid-js';

/**
 * Copies `text()` to the clipboard and says "Copied" for a moment (announced to screen readers).
 * Where the Clipboard API is refused (insecure origin, denied permission) `fallback` runs instead,
 * e.g. selecting the text so the user can copy it by hand.
 */
export function CopyButton(props: { text: () => string; label?: string; fallback?: () => void }) {
  const [state, setState] = createSignal<'idle' | 'copied' | 'failed'>('idle');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const copy = async () => {
    clearTimeout(timer);
    try {
      await navigator.clipboard.writeText(props.text());
      setState('copied');
    } catch {
      props.fallback?.();
      setState('failed');
    }
    timer = setTimeout(() => setState('idle'), 2500);
  };
  return (
    <span class="copy">
      <button type="button" class="primary" onClick={copy}>
        {state() === 'copied' ? 'Copied' : (props.label ?? 'Copy')}
      </button>
      <span class="copy-status" role="status">
        {state() === 'copied'
          ? 'Copied to the clipboard.'
          : state() === 'failed'
            ? 'Couldn’t copy: the code is selected, press Ctrl+C.'
            : ''}
      </span>
    </span>
  );
}
