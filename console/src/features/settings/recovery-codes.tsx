import { createSignal, For, Show } from 'solid-js';
import { Notice } from '../../components/form';

/** The codes as one text file: what "Download" saves and "Copy" copies. */
export function recoveryCodesText(codes: readonly string[], email: string): string {
  return [
    `Parley recovery codes for ${email}`,
    'Each code logs you in once when you can’t use your authenticator app. Keep them somewhere safe.',
    '',
    ...codes,
    '',
  ].join('\n');
}

/**
 * Freshly made recovery codes, shown this once: copy, download, then "I have saved them". The
 * server keeps only their hashes, so they can't be shown again (only replaced).
 */
export function RecoveryCodes(props: { codes: readonly string[]; email: string; onDone: () => void }) {
  const [copied, setCopied] = createSignal<string | null>(null);
  const text = () => recoveryCodesText(props.codes, props.email);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopied('Copied.');
    } catch {
      setCopied('Couldn’t copy: select the codes and copy them, or download them.');
    }
  };

  return (
    <div class="recovery-codes">
      <Notice kind="warning">
        Save these recovery codes now: they are shown only once. Each one logs you in once if you lose your phone.
      </Notice>
      <ol class="recovery-code-list" aria-label="Recovery codes">
        <For each={props.codes}>
          {(code) => (
            <li>
              <code>{code}</code>
            </li>
          )}
        </For>
      </ol>
      <div class="form-actions">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <a class="button" href={`data:text/plain;charset=utf-8,${encodeURIComponent(text())}`} download="parley-recovery-codes.txt">
          Download
        </a>
        <button type="button" class="primary" onClick={() => props.onDone()}>
          I have saved them
        </button>
      </div>
      <Show when={copied()}>
        <p class="hint" role="status">
          {copied()}
        </p>
      </Show>
    </div>
  );
}
