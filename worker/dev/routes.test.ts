import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { apiFetch } from '../../test/helpers';
import { app } from '../app';
import { sendMail } from '../mail/mailer';

interface ListedMail {
  id: string;
  to: string;
  subject: string;
  createdAt: string;
  links: string[];
}

const mailbox = async () => (await (await apiFetch('/api/dev/mail')).json<{ mails: ListedMail[] }>()).mails;

describe('GET /api/dev/mail', () => {
  it('lists captured mails newest first, with the links their text carries', async () => {
    const to = `dev-${randomId().toLowerCase()}@example.test`;
    await sendMail(env, { to, subject: 'first', text: 'Open https://a.test/one.' });
    await sendMail(env, {
      to,
      subject: 'second',
      text: 'Open https://a.test/two or http://b.test/x',
      html: '<p>two</p>',
      replyTo: 'r@example.test',
    });

    const mails = await mailbox();
    const mine = mails.filter((m) => m.to === to);
    expect(mine.map((m) => m.subject)).toEqual(['second', 'first']);
    expect(mine[0]).toEqual({
      id: expect.any(String),
      to,
      from: env.MAIL_FROM,
      replyTo: 'r@example.test',
      subject: 'second',
      text: 'Open https://a.test/two or http://b.test/x',
      html: '<p>two</p>',
      links: ['https://a.test/two', 'http://b.test/x'],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(mine[1]).toMatchObject({ replyTo: null, html: null, links: ['https://a.test/one'] });
    const times = mails.map((m) => Date.parse(m.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('does not exist unless ENVIRONMENT is development', async () => {
    for (const ENVIRONMENT of ['production', 'staging', '']) {
      const res = await app.request('/api/dev/mail', {}, { ...env, ENVIRONMENT });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such endpoint.' } });
    }
    expect((await app.request('/api/dev/mail', {}, env)).status).toBe(200);
  });

  it('does not exist under the vars of a plain deploy (wrangler.toml without --var)', async () => {
    expect(env.DEPLOYED_VARS.ENVIRONMENT).toBe('production');
    const deployed = { ...env, ...env.DEPLOYED_VARS };
    for (const path of ['/api/dev/mail', '/api/dev/anything']) {
      const res = await app.request(path, {}, deployed);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such endpoint.' } });
    }
  });
});
