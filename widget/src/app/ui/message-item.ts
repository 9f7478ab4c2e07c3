import type { Attachment, OperatorPublic } from '../../../../common/protocol';
import { splitLinks } from '../../logic/links';
import type { h as H } from './dom';

export interface ItemView {
  author: 'visitor' | 'operator' | 'system';
  text: string;
  at: number;
  attachments?: Attachment[];
  operator: OperatorPublic | null;
  /** Shown while a typed message waits for the server. */
  pendingLabel?: string;
  youLabel: string;
  language: string;
  base: string;
}

/** Message text as DOM: always text nodes, with http(s) links that open in a new tab safely. */
function richText(h: typeof H, text: string): (Node | string)[] {
  return splitLinks(text).map((part) =>
    part.href ? h('a', { href: part.href, target: '_blank', rel: 'noopener noreferrer nofollow' }, part.text) : part.text,
  );
}

let filesView: Promise<typeof import('./attach/files')> | undefined;

/** A message's files (F20): a box now, filled once the attachments' chunk has loaded (the first message with a file loads it). */
function filesBox(h: typeof H, v: ItemView): HTMLDivElement {
  const box = h('div', { class: 'fs' });
  filesView ??= import('./attach/files');
  filesView.then((m) => m.renderFiles(h, box, v.attachments!, v.base, v.language));
  return box;
}

/**
 * One entry of the chat log: avatar, author, text, time. A chunk of its own, loaded with the first
 * message on screen; the shell hands it its element helper, so the chunks share no module.
 */
export function messageItem(h: typeof H, v: ItemView): HTMLDivElement {
  if (v.author === 'system') return h('div', { class: 'sy' }, ...richText(h, v.text));
  const mine = v.author === 'visitor';
  const name = mine ? v.youLabel : (v.operator?.name ?? '');
  const date = new Date(v.at);
  const avatar = mine
    ? null
    : v.operator?.avatarUrl
      ? h('img', { class: 'av', alt: '', src: new URL(v.operator.avatarUrl, v.base).href })
      : h('span', { class: 'av', 'aria-hidden': 'true' }, name.slice(0, 1).toUpperCase());
  return h(
    'div',
    { class: `m${mine ? ' me' : ''}${v.pendingLabel ? ' pd' : ''}` },
    avatar,
    h(
      'div',
      { class: 'b' },
      h('span', { class: mine ? 'sr' : 'n' }, name),
      ...richText(h, v.text),
      !!v.attachments?.length && filesBox(h, v),
      h(
        'time',
        { class: 'tm', datetime: date.toISOString() },
        date.toLocaleTimeString(v.language, { hour: '2-digit', minute: '2-digit' }),
        v.pendingLabel ? ` · ${v.pendingLabel}` : '',
      ),
    ),
  );
}
