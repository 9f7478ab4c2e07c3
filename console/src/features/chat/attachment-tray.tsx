import { type Accessor, createSignal, For, Show } from 'solid-js';
import type { Attachment } from '../../../../common/protocol';
import type { UploadHandle } from './attachment-upload';
import { formatSize } from './file-size';

/** One file picked, pasted or dropped into the composer, from its upload to the message that sends it. */
export interface TrayItem {
  key: number;
  name: string;
  size: number;
  /** Fraction uploaded, 0 to 1: a signal of its own, so progress moves the bar without redrawing the row. */
  progress: Accessor<number>;
  status: 'uploading' | 'done' | 'failed';
  attachment?: Attachment;
  error?: string;
  cancel: () => void;
}

export type Upload = (file: File, onProgress: (fraction: number) => void) => UploadHandle;

/**
 * The composer's files (F20): each starts uploading at once; finished ones go with the next
 * message, failed ones say why until removed, and removing one still uploading cancels it.
 */
export function createTray(upload: Upload) {
  const [items, setItems] = createSignal<TrayItem[]>([]);
  let nextKey = 0;
  const patch = (key: number, change: Partial<TrayItem>) => setItems(items().map((i) => (i.key === key ? { ...i, ...change } : i)));

  const add = (files: Iterable<File>) => {
    for (const file of files) {
      const key = nextKey++;
      const [progress, setProgress] = createSignal(0);
      const handle = upload(file, setProgress);
      setItems([...items(), { key, name: file.name || 'file', size: file.size, progress, status: 'uploading', cancel: handle.cancel }]);
      handle.done.then(
        (attachment) => patch(key, { status: 'done', attachment }),
        (err: Error & { code?: string }) => {
          if (err.code === 'cancelled') setItems(items().filter((i) => i.key !== key));
          else patch(key, { status: 'failed', error: err.message });
        },
      );
    }
  };
  const remove = (key: number) => {
    const item = items().find((i) => i.key === key);
    if (item?.status === 'uploading') return item.cancel();
    setItems(items().filter((i) => i.key !== key));
  };
  return {
    items,
    add,
    remove,
    /** The uploaded files, ready to send. */
    ready: () => items().flatMap((i) => (i.attachment ? [i.attachment] : [])),
    uploading: () => items().some((i) => i.status === 'uploading'),
    /** After sending: the sent files leave; failed ones stay to be read and removed. */
    clearSent: () => setItems(items().filter((i) => i.status === 'failed')),
  };
}

/** The tray's view: a row per file with its progress bar, or its error, and a Cancel/Remove button. */
export function AttachmentTray(props: { tray: ReturnType<typeof createTray> }) {
  return (
    <Show when={props.tray.items().length > 0}>
      <ul class="attachment-tray" aria-label="Files to send">
        <For each={props.tray.items()}>
          {(item) => (
            <li class={`tray-item tray-${item.status}`}>
              <span class="tray-name">{item.name}</span>
              <span class="tray-size hint">{formatSize(item.size)}</span>
              <Show when={item.status === 'uploading'}>
                <progress max={1} value={item.progress()} aria-label={`Uploading ${item.name}`} />
              </Show>
              <Show when={item.status === 'failed'}>
                <span class="tray-error" role="alert">
                  {item.error}
                </span>
              </Show>
              <button type="button" class="link" onClick={() => props.tray.remove(item.key)}>
                {item.status === 'uploading' ? 'Cancel' : 'Remove'}
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
