import type { Attachment } from '../../../../../common/protocol';
import type { h } from '../dom';
import type { WidgetView } from '../shell';
import { refusalKey } from './refusal';
import { attachStrings, withName } from './strings';
import { addAttachStyles } from './styles';
import { uploadFile } from './upload';

/**
 * Uploads each file to the open chat of `v` with a progress row and a cancel button, in a tray
 * above the composer; a stored file is sent at once as a message of its own, a refused one leaves
 * a row saying why (until dismissed).
 */
export function addFiles(
  make: typeof h,
  body: HTMLElement,
  v: WidgetView,
  base: string,
  files: readonly File[],
  send: (text: string, files: Attachment[]) => void,
): void {
  addAttachStyles(body.getRootNode() as ShadowRoot);
  let tray = body.querySelector('.at');
  if (!tray) {
    tray = make('div', { class: 'at' });
    body.querySelector('.cp')?.before(tray);
  }
  const t = attachStrings(v.language);
  const target = { url: `${base}api/widget/attachments?key=${encodeURIComponent(v.offline.key)}&chatId=${v.chat!.id}`, secret: v.secret };
  for (const file of files) {
    // A pasted screenshot is called "image.png" by every browser: give it a name worth keeping.
    const name = file.name && file.name !== 'image.png' ? file.name : `screenshot-${Date.now()}.png`;
    const bar = make('progress', { max: 1, value: 0, 'aria-label': withName(t.uploading, name) });
    const row = make('div', { class: 'au' }, make('span', null, name), bar);
    const upload = uploadFile(target, file, name, (fraction) => (bar.value = fraction));
    let cancelled = false;
    const stop = () => {
      cancelled = true;
      upload.cancel();
    };
    row.append(make('button', { type: 'button', onclick: stop }, t.cancel));
    tray.append(row);
    upload.done.then((result) => {
      if (typeof result === 'object') send('', [result]);
      if (typeof result === 'object' || cancelled) return row.remove();
      row.className = 'au er';
      row.setAttribute('role', 'alert');
      row.replaceChildren(
        make('span', null, withName(t[refusalKey(result)], name)),
        make('button', { type: 'button', onclick: () => row.remove() }, t.dismiss),
      );
    });
  }
}
