import type { ChatMessage } from '../../common/protocol';
import { localClock } from '../../common/reports/zoned-time';
import type { TranscriptView } from '../../common/transcript/types';
import type { Content } from '../auth/emails';
import { escapeHtml as e } from '../mail/html';
import { confirmUrl } from './confirm-link';
import { fill, transcriptLanguage, transcriptWords } from './words';

/**
 * To the address a visitor typed in the ended chat, in the chat's language: open the link to have
 * the transcript sent (F21).
 */
export function transcriptConfirmMail(appOrigin: string, companyName: string, token: string, language: string): Content {
  const w = transcriptWords(language);
  const url = confirmUrl(appOrigin, token, transcriptLanguage(language));
  const company = clean(companyName);
  const lines = [fill(w.confirmAsked, { company }), w.confirmOpen];
  return {
    subject: fill(w.confirmSubject, { company }),
    text: [w.greeting, '', ...lines, '', url, '', w.confirmIgnore, '', '— Parley'].join('\n'),
    html: [
      `<p>${e(w.greeting)}</p>`,
      ...lines.map((l) => `<p>${e(l)}</p>`),
      `<p><a href="${e(url)}">${e(w.confirmAction)}</a></p>`,
      `<p>${e(w.pasteLink)} ${e(url)}</p>`,
      `<p>${e(w.confirmIgnore)}</p>`,
      '<p>— Parley</p>',
    ].join('\n'),
  };
}

/**
 * Control characters (other than line breaks and tabs) and bidirectional overrides a visitor
 * could type to garble or disguise the text part; they never belong in a transcript.
 */
const UNPRINTABLE = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(UNPRINTABLE, '');

/** A message's lines; none for a message that only carries files. */
const lines = (text: string) => (clean(text) === '' ? [] : clean(text).split('\n'));

/** A file as a line of text: its name and its absolute link. */
const fileLine = (appOrigin: string, a: NonNullable<ChatMessage['attachments']>[number]) => `${clean(a.name)}: ${appOrigin}${a.url}`;

/**
 * The transcript mail, in the chat's language: every message the visitor saw, with its time on
 * the company's clock, speaker, text and files as 30-day links. Everything a visitor or operator
 * wrote is escaped in the HTML part; in the text part it is stripped of control characters and
 * indented under its speaker, so a message can't pass itself off as another speaker's line.
 */
export function transcriptMail(appOrigin: string, company: { name: string; timeZone: string }, view: TranscriptView): Content {
  const w = transcriptWords(view.language);
  const name = clean(company.name);
  const time = (at: number) => localClock(at, company.timeZone);
  const speaker = (m: ChatMessage) => {
    if (m.author === 'visitor') return w.you;
    if (m.author === 'operator') return clean(view.operatorNames[m.operatorId ?? ''] ?? w.operator);
    return 'Parley';
  };
  const heading = fill(w.transcriptSubject, { company: name });
  const zone = fill(w.timesIn, { zone: company.timeZone });
  const text = [
    `${heading}, ${time(view.startedAt)}`,
    zone,
    '',
    ...view.messages.flatMap((m) => [
      `[${time(m.at)}] ${speaker(m)}:`,
      ...lines(m.text).map((line) => `    ${line}`),
      ...(m.attachments ?? []).map((a) => `    ${fileLine(appOrigin, a)}`),
      '',
    ]),
    w.filesLast,
    '— Parley',
  ].join('\n');
  const html = [
    `<h1 style="font-size:18px">${e(heading)}</h1>`,
    `<p>${e(time(view.startedAt))}<br><small>${e(zone)}</small></p>`,
    ...view.messages.map((m) => {
      const files = (m.attachments ?? []).map((a) => `<br><a href="${e(appOrigin + a.url)}">${e(clean(a.name))}</a>`).join('');
      const body = e(clean(m.text)).replaceAll('\n', '<br>');
      return `<p><small>${e(time(m.at))}</small> <b>${e(speaker(m))}</b><br>${body}${files}</p>`;
    }),
    `<p><small>${e(w.filesLast)}</small></p>`,
    '<p>— Parley</p>',
  ].join('\n');
  return { subject: heading, text, html };
}
