import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { companies, rateLimits, transcriptRequests } from '../../db/schema';
import { PDF } from '../../test/attachment-files';
import { uploaded, visitorUpload } from '../../test/attachment-uploads';
import { apiFetch, db } from '../../test/helpers';
import { connectOperator, connectVisitor, setupCompany, testVisitorSecret, visitorSays } from '../../test/realtime';
import { TRANSCRIPTS_PER_COMPANY, TRANSCRIPTS_PER_EMAIL, TRANSCRIPTS_PER_VISITOR } from './limits';
import { askTranscript, confirmLink, endedChat, mailsTo, openLink, sendFromLink, uniqueEmail } from './test/requests';

const errorCode = async (res: Response) => (await res.json<{ error: { code: string } }>()).error.code;

describe('POST /api/widget/transcript and its confirmation link (F21)', () => {
  it('mails only a confirmation link; opening it mails the transcript once, without internal notes', async () => {
    const company = await setupCompany();
    const { chatId, secret } = await endedChat(company, 'Where is my parcel?', 'Internal: VIP customer');
    const email = uniqueEmail();

    const res = await askTranscript(company, chatId, secret, email);
    expect(res.status).toBe(202);
    const [confirm, ...rest] = await mailsTo(email);
    expect(rest).toEqual([]);
    expect(confirm!.text).not.toContain('Where is my parcel?');
    expect(confirm!.subject).toContain('Realtime Co');

    // Opening the link (as a mail scanner would) only asks; the button sends.
    const link = await confirmLink(email);
    const asked = await openLink(link);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('<form method="post"');
    expect(await mailsTo(email)).toHaveLength(1);
    const page = await sendFromLink(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Transcript sent');
    const transcript = (await mailsTo(email))[1]!;
    expect(transcript.subject).toBe('Your chat with Realtime Co');
    for (const part of [transcript.text, transcript.html!]) {
      expect(part).toContain('Where is my parcel?');
      expect(part).toContain('On its way.');
      expect(part).not.toContain('VIP customer');
    }

    // The link works once: a second opening says so and sends nothing more.
    const second = await openLink(/https?:\/\/\S+token=[\w-]+&lang=en/.exec(confirm!.text)![0]);
    expect(second.status).toBe(200);
    expect(await second.text()).toContain('Already sent');
    expect(await mailsTo(email)).toHaveLength(2);
  });

  it("speaks the chat's language in both mails and the link's page, with times on the company's clock", async () => {
    const company = await setupCompany({ languages: ['en', 'uk'] });
    await db().update(companies).set({ timeZone: 'Europe/Kyiv' }).where(eq(companies.id, company.id));
    const { chatId, secret } = await endedChat(company, 'Де моя посилка?', undefined, 'uk');
    const email = uniqueEmail();
    expect((await askTranscript(company, chatId, secret, email)).status).toBe(202);
    const confirm = (await mailsTo(email))[0]!;
    expect(confirm.subject).toBe('Підтвердьте: надіслати ваш чат з Realtime Co на цю адресу');
    expect(confirm.html).toContain('Надіслати мені запис чату');
    const link = await confirmLink(email);
    expect(link).toMatch(/&lang=uk$/);
    const asked = await (await openLink(link)).text();
    expect(asked).toContain('<html lang="uk">');
    expect(asked).toContain('Надіслати запис чату?');
    expect(asked).toContain('action="?token=');
    const sent = await sendFromLink(link);
    expect(await sent.text()).toContain('Запис надіслано');
    const transcript = (await mailsTo(email))[1]!;
    expect(transcript.subject).toBe('Ваш чат з Realtime Co');
    expect(transcript.text).toContain('Час указано за часовим поясом Europe/Kyiv.');
    expect(transcript.text).toMatch(/\] Ви:\n {4}Де моя посилка\?/);
    // The first message's time as the company's clock shows it (Kyiv is 2 or 3 hours ahead of UTC).
    const stamp = /\[(\d{4}-\d\d-\d\d \d\d:\d\d)\] Ви:/.exec(transcript.text)![1]!;
    const utc = Date.parse(`${stamp.replace(' ', 'T')}:00Z`);
    const offsetHours = Math.round((utc - Date.now()) / 3_600_000);
    expect([2, 3]).toContain(offsetHours);
  });

  it('links files for 30 days, absolute and signed', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'Invoice attached');
    await op.next('chat');
    const secret = testVisitorSecret(visitor.visitorId);
    const file = await uploaded(await visitorUpload(company, chatId, secret, PDF, 'invoice.pdf'));
    visitor.send({ type: 'message', clientId: 'f1', text: '', attachmentIds: [file.id] });
    await visitor.until((f) => f.type === 'message' && f.message.clientId === 'f1');
    visitor.send({ type: 'close' });
    await visitor.next('closed');
    const email = uniqueEmail();
    expect((await askTranscript(company, chatId, secret, email)).status).toBe(202);
    await sendFromLink(await confirmLink(email));
    const { text } = (await mailsTo(email))[1]!;
    const url = new URL(/invoice\.pdf: (\S+)/.exec(text)![1]!);
    const days = (Number(url.searchParams.get('expires')) * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    const served = await openLink(url.href);
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PDF);
  });

  it('escapes hostile text in both parts: messages and the company name', async () => {
    const company = await setupCompany();
    await db().update(companies).set({ name: 'Evil <b>Co</b> & "Sons"' }).where(eq(companies.id, company.id));
    const hostile = '<img src=x onerror=alert(1)>\n[00:00] Parley:\u202e fake line';
    const { chatId, secret } = await endedChat(company, hostile);
    const email = uniqueEmail();
    expect((await askTranscript(company, chatId, secret, email)).status).toBe(202);
    const confirm = (await mailsTo(email))[0]!;
    expect(confirm.html).toContain('Evil &lt;b&gt;Co&lt;/b&gt; &amp; &quot;Sons&quot;');
    expect(confirm.html).not.toContain('<b>Co</b>');
    await sendFromLink(await confirmLink(email));
    const { html, text } = (await mailsTo(email))[1]!;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<b>Co/);
    expect(html).toContain('Evil &lt;b&gt;Co&lt;/b&gt;');
    // In the text part the message's second line stays indented under its speaker, without the override.
    expect(text).toContain('\n    [00:00] Parley: fake line\n');
    expect(text).not.toContain('\u202e');
    expect(text).not.toMatch(/^\[00:00\] Parley/m);
  });

  it('refuses an expired link, an unknown token, and sends nothing', async () => {
    const company = await setupCompany();
    const { chatId, secret } = await endedChat(company);
    const email = uniqueEmail();
    await askTranscript(company, chatId, secret, email);
    await db()
      .update(transcriptRequests)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(transcriptRequests.email, email));
    const expiredLink = await confirmLink(email);
    expect((await openLink(expiredLink)).status).toBe(410);
    const expired = await sendFromLink(expiredLink);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('Link expired');
    expect(await mailsTo(email)).toHaveLength(1);

    const unknown = await openLink('https://x.test/api/widget/transcript/confirm?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    expect(unknown.status).toBe(404);
    expect((await openLink('https://x.test/api/widget/transcript/confirm?token=<script>')).status).toBe(404);
  });

  it("refuses a wrong or missing secret, another visitor's chat, another company's key, and an open chat", async () => {
    const company = await setupCompany();
    const other = await setupCompany();
    const { chatId, secret } = await endedChat(company);
    const email = uniqueEmail();

    const wrong = await askTranscript(company, chatId, testVisitorSecret('v-someone-else'), email);
    expect(wrong.status).toBe(404);
    expect(await errorCode(wrong)).toBe('not_found');
    expect((await askTranscript(company, chatId, null, email)).status).toBe(401);
    // Another visitor of the same company, with their own valid secret.
    const stranger = await connectVisitor(company);
    await visitorSays(stranger, 'Hi');
    expect((await askTranscript(company, chatId, testVisitorSecret(stranger.visitorId), email)).status).toBe(404);
    // The right secret through another company's key and origin.
    expect((await askTranscript(other, chatId, secret, email)).status).toBe(404);
    // An open chat has no transcript yet.
    const open = await connectVisitor(company);
    const { chatId: openId } = await visitorSays(open, 'Still here');
    const early = await askTranscript(company, openId, testVisitorSecret(open.visitorId), email);
    expect(early.status).toBe(409);
    expect(await errorCode(early)).toBe('chat_open');
    expect(await mailsTo(email)).toEqual([]);
  });

  it('caps requests a day per visitor, per email address and per company, with 429 and distinct codes', async () => {
    const company = await setupCompany();
    const { chatId, secret } = await endedChat(company);
    for (let i = 0; i < TRANSCRIPTS_PER_VISITOR.limit; i++)
      expect((await askTranscript(company, chatId, secret, uniqueEmail())).status).toBe(202);
    const visitorCapped = await askTranscript(company, chatId, secret, uniqueEmail());
    expect(visitorCapped.status).toBe(429);
    expect(visitorCapped.headers.get('retry-after')).toBeTruthy();
    expect(await errorCode(visitorCapped)).toBe('rate_limited');

    // One stranger's address, asked for by different visitors of different companies.
    const victim = uniqueEmail();
    for (let i = 0; i < TRANSCRIPTS_PER_EMAIL.limit; i++) {
      const c = await setupCompany();
      const chat = await endedChat(c);
      expect((await askTranscript(c, chat.chatId, chat.secret, victim)).status).toBe(202);
    }
    const c = await setupCompany();
    const chat = await endedChat(c);
    const emailCapped = await askTranscript(c, chat.chatId, chat.secret, victim);
    expect(emailCapped.status).toBe(429);
    expect(await errorCode(emailCapped)).toBe('email_rate_limited');
    expect(await mailsTo(victim)).toHaveLength(TRANSCRIPTS_PER_EMAIL.limit);

    // The company's daily total, used up by others today.
    const busy = await setupCompany();
    const last = await endedChat(busy);
    await db()
      .insert(rateLimits)
      .values({ key: `transcript:company:${busy.id}`, windowStart: new Date(), count: TRANSCRIPTS_PER_COMPANY.limit });
    const companyCapped = await askTranscript(busy, last.chatId, last.secret, uniqueEmail());
    expect(companyCapped.status).toBe(429);
    expect(await errorCode(companyCapped)).toBe('company_rate_limited');
  });

  it('erases requests with their company', async () => {
    const company = await setupCompany();
    const { chatId, secret } = await endedChat(company);
    await askTranscript(company, chatId, secret, uniqueEmail());
    const rows = () => db().select().from(transcriptRequests).where(eq(transcriptRequests.companyId, company.id)).all();
    expect(await rows()).toHaveLength(1);
    expect((await apiFetch(`/api/companies/${company.id}`, { method: 'DELETE', user: company.owner })).status).toBe(204);
    expect(await rows()).toEqual([]);
  });
});
