import type { h as H } from '../dom';
import type { ShellHandlers, WidgetView } from '../shell';
import { refusalText, transcriptStrings } from './strings';

/** What the chunk reads of the shell's view: the ended chat, the language, the widget's key and the visitor's secret. */
export type TranscriptView = Pick<WidgetView, 'language' | 'chat' | 'secret'> & { offline: Pick<WidgetView['offline'], 'key'> };

/**
 * "Email me this chat" (F21), a chunk of its own loaded only when a chat ends: the visitor types an
 * address, Parley mails a confirmation link there, and the transcript follows once it is opened.
 * Refusals (daily caps) are worded in the visitor's language. `box` is the ended chat's box; the
 * form goes at its end.
 */
export function askTranscript(h: typeof H, box: HTMLElement, v: TranscriptView, on: Pick<ShellHandlers, 'base'>): void {
  const t = transcriptStrings(v.language);
  const email = h('input', { class: 'f', type: 'email', required: true, autocomplete: 'email', maxlength: 254 });
  const send = h('button', { class: 'bt', type: 'submit' }, t.send);
  const status = h('p', { role: 'status' });
  const form = h('form', { class: 'tr', 'aria-label': t.ask }, h('h3', null, t.ask), h('label', null, t.email, email), send, status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    send.disabled = true;
    status.className = '';
    status.textContent = '';
    try {
      const query = new URLSearchParams({ key: v.offline.key, chatId: v.chat!.id });
      const res = await fetch(`${on.base}api/widget/transcript?${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${v.secret}` },
        body: JSON.stringify({ email: email.value }),
      });
      if (res.ok) return form.replaceChildren(h('p', { class: 'ok', role: 'status' }, t.sent));
      const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
      status.textContent = refusalText(t, body?.error?.code);
    } catch {
      status.textContent = t.failed;
    }
    status.className = 'al';
    send.disabled = false;
  });
  box.append(form);
}
