import { isInlineType } from '../../../../../common/attachments/types';
import type { Attachment } from '../../../../../common/protocol';
import type { h } from '../dom';
import { fileSize } from './refusal';
import { attachStrings, withName } from './strings';
import { addAttachStyles } from './styles';

/**
 * A message's files (F20) inside `box`: raster images as a thumbnail that opens full size in a
 * new tab (served inline), anything else as a link with its name and size (served as a download).
 * URLs are the signed ones of the latest frame, relative to Parley's origin.
 */
export function renderFiles(make: typeof h, box: HTMLElement, files: readonly Attachment[], base: string, language: string): void {
  addAttachStyles(box.getRootNode() as ShadowRoot);
  const t = attachStrings(language);
  box.replaceChildren(
    ...files.map((f) => {
      const href = new URL(f.url, base).href;
      return isInlineType(f.type)
        ? make(
            'a',
            { href, target: '_blank', rel: 'noopener noreferrer', 'aria-label': withName(t.image, f.name) },
            make('img', { src: href, alt: f.name }),
          )
        : make(
            'a',
            { class: 'fl', href, download: f.name, rel: 'noopener noreferrer' },
            f.name,
            make('small', null, fileSize(f.size, language)),
          );
    }),
  );
}
