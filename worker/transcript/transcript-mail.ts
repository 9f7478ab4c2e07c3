import type { ChatMessage } from '../../common/protocol';
import type { TranscriptView } from '../../common/transcript/types';
import { type Content, withLink } from '../auth/emails';
import { escapeHtml as e } from '../mail/html';

/** To the address a visitor typed in the ended chat: open the link to have the transcript sent (F21). */
export function transcriptConfirmMail(appOrigin: string, companyName: string, token: string): Content {
  const url = `${appOrigin}/api/widget/transcript/confirm?token=${encodeURIComponent(token)}`;
  return {
    subject: `Confirm: send your chat with ${companyName} to this address`,
    ...withLink(
      'there',
      [
        `A visitor of ${companyName}'s website asked for the transcript of their chat to be sent to this address.`,
        'To receive it, open this link (it works once, for 24 hours):',
      ],
      url,
      'Send me the transcript',
      'If it wasn’t you, ignore this mail: nothing more will be sent.',
    ),
  };
}

/**
 * Control characters (other than line breaks and tabs) and bidirectional overrides a visitor
 * could type to garble or disguise the text part; they never belong in a transcript.
 */
const UNPRINTABLE = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(UNPRINTABLE, '');

function speaker(m: ChatMessage, view: TranscriptView): string {
  if (m.author === 'visitor') return 'You';
  if (m.author === 'operator') return clean(view.operatorNames[m.operatorId ?? ''] ?? 'Operator');
  return 'Parley';
}

/** A message's lines; none for a message that only carries files. */
const lines = (text: string) => (clean(text) === '' ? [] : clean(text).split('\n'));

const time = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');

/** A file as a line of text: its name and its absolute link. */
const fileLine = (appOrigin: string, a: NonNullable<ChatMessage['attachments']>[number]) => `${clean(a.name)}: ${appOrigin}${a.url}`;

/**
 * The transcript mail: every message the visitor saw, with its time (UTC), speaker, text and files
 * as 30-day links. Everything a visitor or operator wrote is escaped in the HTML part; in the text
 * part it is stripped of control characters and indented under its speaker, so a message can't
 * pass itself off as another speaker's line.
 */
export function transcriptMail(appOrigin: string, companyName: string, view: TranscriptView): Content {
  const company = clean(companyName);
  const text = [
    `Your chat with ${company}, ${time(view.startedAt)} UTC`,
    '',
    ...view.messages.flatMap((m) => [
      `[${time(m.at)}] ${speaker(m, view)}:`,
      ...lines(m.text).map((line) => `    ${line}`),
      ...(m.attachments ?? []).map((a) => `    ${fileLine(appOrigin, a)}`),
      '',
    ]),
    'Links to files work for 30 days.',
    '— Parley',
  ].join('\n');
  const html = [
    `<h1 style="font-size:18px">Your chat with ${e(company)}</h1>`,
    `<p>${e(time(view.startedAt))} UTC</p>`,
    ...view.messages.map((m) => {
      const files = (m.attachments ?? []).map((a) => `<br><a href="${e(appOrigin + a.url)}">${e(clean(a.name))}</a>`).join('');
      const body = e(clean(m.text)).replaceAll('\n', '<br>');
      return `<p><small>${e(time(m.at))}</small> <b>${e(speaker(m, view))}</b><br>${body}${files}</p>`;
    }),
    '<p><small>Links to files work for 30 days.</small></p>',
    '<p>— Parley</p>',
  ].join('\n');
  return { subject: `Your chat with ${company}`, text, html };
}
