import { describe, expect, it } from 'vitest';
import { extractLinks } from '../mail/links';
import { passwordResetMail, verificationMail } from './emails';

describe('account mails', () => {
  it('link to the console pages with the token', () => {
    expect(extractLinks(verificationMail('https://app.test', 'Ann', 'tok_1-2').text)).toEqual(['https://app.test/verify?token=tok_1-2']);
    expect(extractLinks(passwordResetMail('https://app.test', 'Ann', 'tok_3').text)).toEqual([
      'https://app.test/reset-password?token=tok_3',
    ]);
  });

  it('escape the display name in the HTML part but keep it as typed in the text part', () => {
    const mail = verificationMail('https://app.test', '<img src=x onerror=alert(1)> & "Co"', 'tok');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
    expect(mail.html).not.toContain('<img');
    expect(mail.text).toContain('Hello <img src=x onerror=alert(1)> & "Co",');
  });
});
