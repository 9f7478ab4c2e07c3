import { describe, expect, it } from 'vitest';
import { headerText, outgoingMail } from './message';

const MAIL = { to: 'ann@example.test', subject: 'Verify your email', text: 'Hello Ann,\nopen https://app.test/verify?token=abc\n' };
const send = (mail: Partial<typeof MAIL> & { html?: string; replyTo?: string }, from = 'noreply@parley.test') =>
  outgoingMail({ ...MAIL, ...mail }, from, 'Parley');

describe('outgoingMail', () => {
  it('sends from the named sender, with Reply-To and HTML only when given', () => {
    expect(send({})).toEqual({ from: { name: 'Parley', email: 'noreply@parley.test' }, ...MAIL });
    expect(send({ html: '<p>Hello</p>', replyTo: 'visitor@example.test' })).toEqual({
      from: { name: 'Parley', email: 'noreply@parley.test' },
      ...MAIL,
      html: '<p>Hello</p>',
      replyTo: 'visitor@example.test',
    });
  });

  it('refuses addresses that would inject headers or recipients', () => {
    expect(() => send({ to: 'a@b.test\r\nBcc: victim@x.test' })).toThrow(/plain email address/);
    expect(() => send({ replyTo: 'a@b.test, c@d.test' })).toThrow(/plain email address/);
    expect(() => send({ to: 'Ann <a@b.test>' })).toThrow(/plain email address/);
    expect(() => send({}, 'noreply@parley.test\nBcc: x@y.test')).toThrow(/plain email address/);
  });

  it('keeps a subject with line breaks on one line, and the text as written', () => {
    const mail = send({ subject: 'Hi\r\nBcc: victim@x.test', text: 'Привіт ✓\r\nline two' });
    expect(mail.subject).toBe('Hi Bcc: victim@x.test');
    expect(mail.text).toBe('Привіт ✓\r\nline two');
  });

  it('neutralises RFC 2047 encoded-words in the subject and sender name, so they read back literally', () => {
    const forged = `=?UTF-8?B?${btoa('Your bank')}?= urgent`;
    const mail = outgoingMail({ ...MAIL, subject: `[Offline message] ${forged}` }, 'noreply@parley.test', '=?utf-8?q?Admin?=');
    expect(mail.subject).not.toContain('=?');
    expect(mail.subject.replaceAll('\u200b', '')).toBe(`[Offline message] ${forged}`);
    expect(mail.from.name).not.toContain('=?');
    expect(headerText('=?iso-8859-1?q?caf=e9?=')).not.toMatch(/=\?[^?]*\?[bq]\?/i);
    expect(headerText('Price = 5? Yes')).toBe('Price = 5? Yes');
  });
});
