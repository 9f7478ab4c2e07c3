import { escapeHtml } from '../mail/html';
import type { Mail } from '../mail/message';

export type Content = Omit<Mail, 'to' | 'replyTo'>;

/** A short mail: greeting, lines, one link (as a link and as text), a footer. */
export function withLink(
  greetingName: string,
  lines: string[],
  url: string,
  action: string,
  footer: string,
): Pick<Content, 'text' | 'html'> {
  const text = [`Hello ${greetingName},`, '', ...lines, '', url, '', footer, '', '— Parley'].join('\n');
  const html = [
    `<p>Hello ${escapeHtml(greetingName)},</p>`,
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    `<p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p>`,
    `<p>Or paste this address into your browser: ${escapeHtml(url)}</p>`,
    `<p>${escapeHtml(footer)}</p>`,
    '<p>— Parley</p>',
  ].join('\n');
  return { text, html };
}

/** The verification mail sent at registration and on "resend"; the link opens the console's /verify page. */
export function verificationMail(appOrigin: string, name: string, token: string): Content {
  const url = `${appOrigin}/verify?token=${encodeURIComponent(token)}`;
  return {
    subject: 'Confirm your email address for Parley',
    ...withLink(
      name,
      ['Please confirm your email address by opening this link (it works once, for 24 hours):'],
      url,
      'Confirm my email address',
      "If you didn't create a Parley account, you can ignore this mail.",
    ),
  };
}

/** The password-reset mail; the link opens the console's /reset-password page. */
export function passwordResetMail(appOrigin: string, name: string, token: string): Content {
  const url = `${appOrigin}/reset-password?token=${encodeURIComponent(token)}`;
  return {
    subject: 'Reset your Parley password',
    ...withLink(
      name,
      ['Someone asked to reset the password of your Parley account. To choose a new one, open this link (it works once, for 1 hour):'],
      url,
      'Choose a new password',
      "If it wasn't you, ignore this mail: your password stays as it is.",
    ),
  };
}

/** What the failed attempts got wrong: the password, or (the password being right) the two-factor code. */
export type FailedFactor = 'password' | 'code';

/** To an account's owner once repeated failed logins start slowing the account down. */
export function loginAlertMail(appOrigin: string, name: string, failures: number, factor: FailedFactor = 'password'): Content {
  const what =
    factor === 'password'
      ? [
          `Someone has just failed to log in to your Parley account ${failures} times in a row, with a wrong password.`,
          'Your password held. To slow the guessing down, each further failure now makes the account wait longer before the next login attempt.',
        ]
      : [
          `Someone has just failed to log in to your Parley account ${failures} times in a row. The last attempts had your password right but a wrong two-factor code.`,
          'Your second factor held, but your password seems to be known: choose a new one. Each further failure now makes the account wait longer before the next login attempt.',
        ];
  return {
    subject: 'Repeated failed logins to your Parley account',
    ...withLink(
      name,
      [
        ...what,
        'If it was you, wait a little and try again, or choose a new password. If it wasn’t, you can choose a new, stronger password here:',
      ],
      `${appOrigin}/forgot-password`,
      'Choose a new password',
      'Nobody at Parley will ever ask you for your password.',
    ),
  };
}
