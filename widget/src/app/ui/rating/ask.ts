import type { Rating, VisitorRate } from '../../../../../common/protocol/rating';
import { MAX_RATING_COMMENT_CHARS } from '../../../../../common/protocol/rating-limits';
import { rateFrame } from '../../../logic/rate-frame';
import type { h } from '../dom';
import { ratingStrings } from './strings';

/** What the shell hands the rating chunk: its element helper (so the chunks share no module), where to draw, and how to send. */
export interface RatingHost {
  h: typeof h;
  root: ShadowRoot;
  /** The ended chat's box; the form goes after its first line ("The chat ended"). */
  box: HTMLElement;
  language: string;
  chatId: string;
  /** Writes the frame; false when no socket is open. */
  send(frame: VisitorRate): boolean;
}

const CSS = `.rt{display:flex;flex-direction:column;gap:10px}.rt .ch{flex-direction:row}.rt .ch .bt{flex:1;text-align:center}.rt .bt[aria-pressed=true]{border-color:var(--p);box-shadow:inset 0 0 0 2px var(--p);font-weight:600}`;
const styled = new WeakSet<ShadowRoot>();

/**
 * "How was this chat?" (F21), a chunk of its own loaded only when a chat ends with a rating asked
 * for: good or bad, an optional comment, sent once; the server keeps the first rating.
 */
export function askRating(k: RatingHost): void {
  addStyles(k.root);
  const { h } = k;
  const t = ratingStrings(k.language);
  let choice: Rating | null = null;
  const pick = (rating: Rating) => () => {
    choice = rating;
    good.setAttribute('aria-pressed', String(rating === 'good'));
    bad.setAttribute('aria-pressed', String(rating === 'bad'));
    send.disabled = false;
  };
  const good = h('button', { class: 'bt', type: 'button', 'aria-pressed': 'false', onclick: pick('good') }, t.good);
  const bad = h('button', { class: 'bt', type: 'button', 'aria-pressed': 'false', onclick: pick('bad') }, t.bad);
  const comment = h('textarea', { class: 'f', maxlength: MAX_RATING_COMMENT_CHARS });
  const send = h('button', { class: 'pr', type: 'submit', disabled: true }, t.send);
  const status = h('p', { role: 'status' });
  const question = h('h3', { id: 'rq' }, t.question);
  const form = h(
    'form',
    { class: 'rt', 'aria-labelledby': 'rq' },
    question,
    h('div', { class: 'ch', role: 'group', 'aria-labelledby': 'rq' }, good, bad),
    h('label', null, t.comment, comment),
    send,
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!choice) return;
    if (!k.send(rateFrame(k.chatId, choice, comment.value))) {
      status.className = 'al';
      status.textContent = t.offline;
      return;
    }
    form.replaceChildren(h('p', { class: 'ok', role: 'status' }, t.thanks));
  });
  k.box.firstElementChild?.after(form);
}

function addStyles(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else root.append(Object.assign(document.createElement('style'), { textContent: CSS }));
}
