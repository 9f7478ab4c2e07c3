import { awayStrings } from '../../i18n/away';
import type { Dictionary } from '../../i18n/en';
import type { format } from '../../i18n/load';
import type { Busy, Screen } from '../../logic/widget-screen';
import type { h } from './dom';
import { FORM_CSS } from './form-styles';

/** The box's own rules, added to the shadow root when this chunk first loads (the box stays empty until then). */
export const css = `${FORM_CSS}
.bz{padding:10px 14px;background:var(--wb);border-top:1px solid var(--wl);display:flex;flex-direction:column;gap:8px}
.in .bz{border:1px solid var(--wl);border-radius:10px}
.bz p{margin:0}
.ct{display:flex;gap:8px;align-items:flex-end}
.ct label{flex:1;font-weight:400}
`;

/** The app chunk's helpers, handed in so this chunk shares no module with it (one chunk each, no third). */
export interface Kit {
  h: typeof h;
  format: typeof format;
}

/**
 * The busy box (F10), loaded only once operators are busy: the wait told truthfully, the offline
 * form one click away, and a field for the email a waiting visitor may leave to be answered at.
 */
export function renderBusyBox(
  { h, format }: Kit,
  box: HTMLElement,
  v: Pick<Screen, 't' | 'busy' | 'language'>,
  on: { leave(): void; contact(email: string): void },
): void {
  const { t, busy } = v;
  const a = awayStrings(v.language);
  const key = JSON.stringify(busy);
  if (!busy || box.dataset.k === key) return;
  box.dataset.k = key;
  const email = h('input', { type: 'email', autocomplete: 'email', required: true, maxlength: 254 });
  const contact =
    busy.contact === 'ask'
      ? h(
          'form',
          {
            class: 'ct',
            onsubmit: (e: Event) => {
              e.preventDefault();
              if (email.checkValidity()) on.contact(email.value);
            },
          },
          h('label', null, a.contactAsk, email),
          h('button', { class: 'bt', type: 'submit' }, a.contactSave),
        )
      : busy.contact && h('p', null, format(a.contactSaved, { email: busy.contact.email }));
  box.replaceChildren(
    h('p', null, busyText(format, t, v.language, busy)),
    busy.leave ? h('button', { class: 'bt', type: 'button', onclick: () => on.leave() }, t.leave) : '',
    contact || '',
  );
}

/** "All operators are busy — you are number 2, about 3 minutes." (or, before the chat, the expected wait). */
export function busyText(fill: typeof format, t: Dictionary, language: string, busy: Busy): string {
  if (busy.waitSeconds === null) return busy.position === null ? '' : fill(t.queue, { n: busy.position });
  const minutes = Math.max(1, Math.round(busy.waitSeconds / 60));
  const a = awayStrings(language);
  const forms = a.wait;
  const wait = fill(forms[new Intl.PluralRules(language).select(minutes)] ?? forms.other, { n: minutes });
  return busy.position === null ? fill(a.busy, { wait }) : fill(a.busyQueue, { n: busy.position, wait });
}
