import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { devMail } from '../../db/schema';
import { db } from '../../test/helpers';
import { MailDeliveryError, sendMail } from './mailer';

const uniqueAddress = () => `mail-${randomId().toLowerCase()}@example.test`;
const captured = (to: string) => db().select().from(devMail).where(eq(devMail.to, to)).all();

describe('sendMail', () => {
  it('delivers through the binding and captures the mail in development', async () => {
    const to = uniqueAddress();
    await sendMail(env, { to, subject: 'Hello ✓', text: 'Body https://x.test/a', html: '<p>Body</p>', replyTo: 'help@example.test' });
    const rows = await captured(to);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      from: env.MAIL_FROM,
      subject: 'Hello ✓',
      text: 'Body https://x.test/a',
      html: '<p>Body</p>',
      replyTo: 'help@example.test',
    });
  });

  it('captures nothing outside development', async () => {
    const to = uniqueAddress();
    await sendMail({ ...env, ENVIRONMENT: 'production' }, { to, subject: 'Hi', text: 'Hi' });
    expect(await captured(to)).toHaveLength(0);
  });

  it('throws MailDeliveryError when the binding refuses the mail', async () => {
    const failing = { ...env, MAILER: { send: () => Promise.reject(new Error('quota exceeded')) } as unknown as SendEmail };
    await expect(sendMail(failing, { to: uniqueAddress(), subject: 'Hi', text: 'Hi' })).rejects.toThrow(MailDeliveryError);
  });

  it('throws MailDeliveryError for an address that would inject headers, and captures nothing', async () => {
    const to = `${uniqueAddress()}\r\nBcc: c@d.test`;
    await expect(sendMail(env, { to, subject: 'Hi', text: 'Hi' })).rejects.toThrow(MailDeliveryError);
    expect(await captured(to)).toHaveLength(0);
  });
});
