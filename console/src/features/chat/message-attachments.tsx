import { For, Show } from 'solid-js';
import { isInlineType } from '../../../../common/attachments/types';
import type { Attachment } from '../../../../common/protocol';
import { formatSize } from './file-size';

/**
 * A message's files (F20): raster images as thumbnails that open full size in a new tab,
 * everything else as a named download link with its size. URLs are signed and short-lived; every
 * frame brings fresh ones.
 */
export function MessageAttachments(props: { attachments: readonly Attachment[] }) {
  return (
    <ul class="message-attachments">
      <For each={props.attachments}>
        {(a) => (
          <li>
            <Show
              when={isInlineType(a.type)}
              fallback={
                <a class="attachment-file" href={a.url} download={a.name}>
                  {a.name} <span class="hint">({formatSize(a.size)})</span>
                </a>
              }
            >
              <a class="attachment-image" href={a.url} target="_blank" rel="noopener" title={`${a.name} · open full size`}>
                <img src={a.url} alt={a.name} loading="lazy" />
              </a>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
