import { escapeHtml as e } from '../mail/html';
import type { TranscriptWords } from './words';

/** What opening a confirmation link did (F21). */
export type ConfirmOutcome = 'ask' | 'sent' | 'already_sent' | 'expired' | 'invalid' | 'gone' | 'failed';

const STATUS: Record<ConfirmOutcome, 200 | 404 | 410 | 503> = {
  ask: 200,
  sent: 200,
  already_sent: 200,
  expired: 410,
  invalid: 404,
  gone: 410,
  failed: 503,
};

/**
 * The page the link opens, in the chat's language: one sentence saying what happened, the address
 * escaped. No script, no inline style (the page policy). `ask` carries the button that sends:
 * mail scanners open links, but don't submit forms, so opening the link alone mails nothing.
 * `action` is the form's target, the link's own query.
 */
export function confirmPage(
  outcome: ConfirmOutcome,
  words: TranscriptWords,
  email: string | null,
  action = '',
): { status: 200 | 404 | 410 | 503; html: string } {
  const w = words.pages[outcome];
  const text = e(w.text).replace('{email}', `<b>${e(email ?? '')}</b>`);
  const form =
    outcome === 'ask' ? `<form method="post" action="${e(action)}"><button type="submit">${e(words.sendButton)}</button></form>` : '';
  return {
    status: STATUS[outcome],
    html: `<!doctype html><html lang="${words.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(w.title)} · Parley</title></head><body><main><h1>${e(w.title)}</h1><p>${text}</p>${form}</main></body></html>`,
  };
}
