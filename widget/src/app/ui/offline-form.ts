import { OFFLINE_HONEYPOT_FIELD, OFFLINE_MESSAGE_MAX_LENGTH, OFFLINE_THEME_MAX_LENGTH } from '../../../../common/schemas/offline';
import { type AwayStrings, awayStrings } from '../../i18n/away';
import type { Dictionary } from '../../i18n/en';
import type { format } from '../../i18n/load';
import type { Kit } from './busy-box';
import { FORM_CSS } from './form-styles';

/** The form's own rules, added to the shadow root when this chunk first loads. */
export const css = `${FORM_CSS}
textarea.f{min-height:110px;resize:vertical}
[aria-invalid=true]{border-color:var(--er)}
.er{color:var(--er);font-size:12px;font-weight:400}
.ok{background:var(--ob);color:var(--of);border-radius:8px;padding:10px}
`;

export interface OfflineFormOptions {
  t: Dictionary;
  /** The UI language, for the form's own words. */
  language: string;
  /** POST target: `${base}api/widget/offline-messages`. */
  url: string;
  key: string;
  visitorId: string;
  /** Operators are online but busy (F10): say so, not that nobody is there. */
  busy?: boolean;
}

type FieldName = 'email' | 'theme' | 'message';

/**
 * What a refused send (429) tells the visitor, in whole minutes. Only the visitor's own sends
 * (`rate_limited`) are theirs to wait for; a company's or a shared address's limit is not their doing.
 */
export function rateLimitNotice(fill: typeof format, a: AwayStrings, code: string | undefined, retryAfter: string | null): string {
  const seconds = Number(retryAfter ?? 60);
  const minutes = Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 60) / 60));
  return fill(code === 'rate_limited' ? a.tooMany : a.crowded, { n: minutes });
}

/**
 * The offline form (F14): email, subject, message and a honeypot. Errors come from the server
 * and show under the field they belong to; 429 turns into a friendly wait (rateLimitNotice); the
 * draft is kept through every failure. Loaded only when the form is first shown.
 */
export function offlineForm({ h, format }: Kit, { t, language, url, key, visitorId, busy }: OfflineFormOptions): HTMLElement {
  const a = awayStrings(language);
  const alert = h('div', { role: 'alert' });
  const errors = {} as Record<FieldName, HTMLElement>;
  const inputs = {} as Record<FieldName, HTMLInputElement | HTMLTextAreaElement>;
  const field = (name: FieldName, label: string, control: HTMLInputElement | HTMLTextAreaElement) => {
    const id = `pf-${name}`;
    control.id = id;
    control.name = name;
    control.setAttribute('aria-describedby', `${id}-e`);
    inputs[name] = control;
    errors[name] = h('span', { class: 'er', id: `${id}-e` });
    return h('label', { for: id }, label, control, errors[name]);
  };
  const honeypot = h('input', { name: OFFLINE_HONEYPOT_FIELD, tabindex: -1, autocomplete: 'off' });
  const submit = h('button', { class: 'pr', type: 'submit' }, a.submit);
  const form = h(
    'form',
    { class: 'in', novalidate: true },
    h('h3', null, a.offlineTitle),
    h('p', null, busy ? a.offlineBusy : a.offlineIntro),
    field('email', a.email, h('input', { type: 'email', autocomplete: 'email', required: true, maxlength: 254 })),
    field('theme', a.theme, h('input', { required: true, maxlength: OFFLINE_THEME_MAX_LENGTH })),
    field('message', t.message, h('textarea', { class: 'f', required: true, maxlength: OFFLINE_MESSAGE_MAX_LENGTH })),
    h('div', { class: 'sr', 'aria-hidden': 'true' }, honeypot),
    alert,
    submit,
  );

  const show = (fields: Partial<Record<FieldName, string>>, message = '') => {
    for (const name of Object.keys(inputs) as FieldName[]) {
      errors[name].textContent = fields[name] ?? '';
      inputs[name].setAttribute('aria-invalid', String(Boolean(fields[name])));
    }
    alert.textContent = message;
    alert.className = message ? 'al' : '';
    const first = (Object.keys(inputs) as FieldName[]).find((n) => fields[n]);
    if (first) inputs[first].focus();
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    submit.textContent = t.pending;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          key,
          visitorId,
          email: inputs.email.value,
          theme: inputs.theme.value,
          message: inputs.message.value,
          [OFFLINE_HONEYPOT_FIELD]: honeypot.value,
        }),
      });
      if (res.ok) {
        const done = h('p', { class: 'ok', role: 'status', tabindex: -1 }, a.sent);
        form.replaceChildren(done);
        return done.focus();
      }
      const body = (await res.json().catch(() => null)) as {
        error?: { code?: string; message?: string; fields?: Partial<Record<FieldName, string>> };
      } | null;
      if (res.status === 429) return show({}, rateLimitNotice(format, a, body?.error?.code, res.headers.get('Retry-After')));
      const fields = body?.error?.fields ?? {};
      show(fields, Object.keys(fields).length ? '' : (body?.error?.message ?? t.failed));
    } catch {
      show({}, a.network);
    } finally {
      submit.disabled = false;
      form.removeAttribute('aria-busy');
      submit.textContent = a.submit;
    }
  });
  return form;
}
