import { describe, expect, it } from 'vitest';
import { outgoingMail } from './message';

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
});
