import { escapeHtml as e } from '../mail/html';

/** What opening a confirmation link did (F21). */
export type ConfirmOutcome = 'ask' | 'sent' | 'already_sent' | 'expired' | 'invalid' | 'gone' | 'failed';

const WORDS: Record<ConfirmOutcome, { status: 200 | 404 | 410 | 503; title: string; text: string }> = {
  ask: { status: 200, title: 'Send the transcript?', text: 'Send the transcript of your chat to {email}?' },
  sent: { status: 200, title: 'Transcript sent', text: 'The transcript of your chat is on its way to {email}.' },
  already_sent: { status: 200, title: 'Already sent', text: 'This transcript was already sent to {email}; the link works only once.' },
  expired: { status: 410, title: 'Link expired', text: 'This link has expired. Ask for the transcript again from the chat.' },
  invalid: { status: 404, title: 'Link not valid', text: 'This link is not valid. Check that it was copied whole.' },
  gone: { status: 410, title: 'Chat no longer available', text: 'This chat has been deleted, so there is no transcript to send.' },
  failed: {
    status: 503,
    title: 'Not sent yet',
    text: 'The transcript could not be sent just now. Please open the link again in a few minutes.',
  },
};

/**
 * The page the link opens: one sentence saying what happened, the address escaped. No script, no
 * inline style (the page policy). `ask` carries the button that sends: mail scanners open links,
 * but don't submit forms, so opening the link alone mails nothing.
 */
export function confirmPage(outcome: ConfirmOutcome, email: string | null, token = ''): { status: 200 | 404 | 410 | 503; html: string } {
  const w = WORDS[outcome];
  const text = e(w.text).replace('{email}', `<b>${e(email ?? '')}</b>`);
  const form =
    outcome === 'ask'
      ? `<form method="post" action="?token=${e(encodeURIComponent(token))}"><button type="submit">Send the transcript</button></form>`
      : '';
  return {
    status: w.status,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(w.title)} · Parley</title></head><body><main><h1>${e(w.title)}</h1><p>${text}</p>${form}</main></body></html>`,
  };
}
