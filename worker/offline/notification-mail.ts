import { escapeHtml } from '../mail/html';

/** What the company's notification about one offline message says. */
export interface OfflineNotificationInput {
  companyName: string;
  visitorEmail: string;
  theme: string;
  message: string;
  receivedAt: Date;
  /** The console's offline messages page of the company. */
  consoleUrl: string;
}

/** Subject, plain-text and HTML parts of the notification; Reply-To is set by the caller. */
export interface OfflineNotification {
  subject: string;
  text: string;
  html: string;
}

/**
 * Builds the notification mail. Everything the visitor wrote goes through `escapeHtml` in the
 * HTML part, so markup in any field arrives as visible text; the text part carries it verbatim.
 */
export function buildOfflineNotification(input: OfflineNotificationInput): OfflineNotification {
  const received = input.receivedAt.toUTCString();
  const subject = `[Offline message] ${input.theme}`;
  const text = [
    `New offline message for ${input.companyName}`,
    '',
    `From: ${input.visitorEmail}`,
    `Subject: ${input.theme}`,
    `Received: ${received}`,
    '',
    input.message,
    '',
    '--',
    'Reply to this email to answer the visitor.',
    `All offline messages: ${input.consoleUrl}`,
  ].join('\n');
  const e = escapeHtml;
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">',
    `<h1 style="font-size:18px">New offline message for ${e(input.companyName)}</h1>`,
    '<table style="border-collapse:collapse">',
    `<tr><th align="left" style="padding-right:12px">From</th><td>${e(input.visitorEmail)}</td></tr>`,
    `<tr><th align="left" style="padding-right:12px">Subject</th><td>${e(input.theme)}</td></tr>`,
    `<tr><th align="left" style="padding-right:12px">Received</th><td>${e(received)}</td></tr>`,
    '</table>',
    `<div style="white-space:pre-wrap;margin:16px 0;padding:12px;border-left:3px solid #2563eb;background:#f5f7fb">${e(input.message)}</div>`,
    '<p style="color:#555">Reply to this email to answer the visitor.',
    ` <a href="${e(input.consoleUrl)}">All offline messages</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
