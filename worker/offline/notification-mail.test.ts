import { describe, expect, it } from 'vitest';
import { buildOfflineNotification, type OfflineNotificationInput } from './notification-mail';

const XSS = ['<script>alert(1)</script>', '<img src=x onerror="alert(2)">', `"'><svg onload=alert(3)>`];

const base: OfflineNotificationInput = {
  companyName: 'Acme',
  visitorEmail: 'visitor@example.com',
  theme: 'Order question',
  message: 'Hello,\nwhere is my order?',
  receivedAt: new Date('2025-03-04T05:06:07Z'),
  consoleUrl: 'https://parley.example/companies/c1/offline-messages',
};

/** Every tag the HTML part opens, by name. */
const tagNames = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase());

describe('buildOfflineNotification', () => {
  it('names the theme in the subject and carries every field in the text part', () => {
    const mail = buildOfflineNotification(base);
    expect(mail.subject).toBe('[Offline message] Order question');
    expect(mail.text).toContain('From: visitor@example.com');
    expect(mail.text).toContain('Subject: Order question');
    expect(mail.text).toContain('Hello,\nwhere is my order?');
    expect(mail.text).toContain('Received: Tue, 04 Mar 2025 05:06:07 GMT');
    expect(mail.text).toContain(base.consoleUrl);
  });

  it('shows the same content in the HTML part', () => {
    const mail = buildOfflineNotification(base);
    expect(mail.html).toContain('visitor@example.com');
    expect(mail.html).toContain('Order question');
    expect(mail.html).toContain('Hello,\nwhere is my order?');
    expect(mail.html).toContain(`href="${base.consoleUrl}"`);
  });

  it.each(XSS)('keeps %s inert in every field of the HTML part', (payload) => {
    const clean = buildOfflineNotification(base).html;
    const mail = buildOfflineNotification({ ...base, companyName: payload, theme: payload, message: payload, visitorEmail: payload });
    // No tag or attribute the payload tried to add: the tag structure equals the clean mail's.
    expect(tagNames(mail.html)).toEqual(tagNames(clean));
    expect(mail.html).not.toMatch(/<(script|img|svg)/i);
    expect(mail.html).not.toMatch(/<[^>]*\son\w+=/i);
    // …and the payload is still readable, escaped.
    expect(mail.html).toContain(
      payload.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;'),
    );
  });

  it('keeps the text part verbatim (plain text is never rendered as markup)', () => {
    const mail = buildOfflineNotification({ ...base, message: XSS[0]! });
    expect(mail.text).toContain(XSS[0]);
  });
});
