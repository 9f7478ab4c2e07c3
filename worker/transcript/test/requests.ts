import { SELF } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { randomId } from '../../../common/ids';
import { devMail } from '../../../db/schema';
import { db, ORIGIN } from '../../../test/helpers';
import { connectOperator, connectVisitor, operatorSays, type TestCompany, testVisitorSecret, visitorSays } from '../../../test/realtime';

export const uniqueEmail = () =>
  `t-${randomId(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')}@example.test`;

/** POST /api/widget/transcript as the widget's ended box sends it. */
export function askTranscript(
  company: Pick<TestCompany, 'publicKey' | 'origin'>,
  chatId: string,
  secret: string | null,
  email: string,
  opts: { address?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    Origin: company.origin,
    'Content-Type': 'application/json',
    'CF-Connecting-IP': opts.address ?? `10.8.${randomOctet()}.${randomOctet()}`,
  };
  if (secret) headers.Authorization = `Bearer ${secret}`;
  const query = new URLSearchParams({ key: company.publicKey, chatId });
  return SELF.fetch(`${ORIGIN}/api/widget/transcript?${query}`, { method: 'POST', headers, body: JSON.stringify({ email }) });
}

const randomOctet = () => crypto.getRandomValues(new Uint8Array(1))[0]!;

/** A chat an operator answered (with an internal `note` when given) and the visitor ended, with the visitor's secret. */
export async function endedChat(company: TestCompany, text = 'Where is my parcel?', note?: string, language = 'en') {
  const op = await connectOperator(company, company.owner);
  const visitor = await connectVisitor(company, { language });
  const { chatId } = await visitorSays(visitor, text);
  await op.next('chat');
  await operatorSays(op, chatId, 'On its way.');
  if (note) {
    op.send({ type: 'note', chatId, clientId: 'note-1', text: note });
    await op.until((f) => f.type === 'message' && f.message.author === 'note');
  }
  visitor.send({ type: 'close' });
  await visitor.next('closed');
  await op.next('closed');
  return { op, visitor, chatId, secret: testVisitorSecret(visitor.visitorId) };
}

/** The mails the dev mailbox captured for `to`, oldest first. */
export const mailsTo = (to: string) => db().select().from(devMail).where(eq(devMail.to, to)).orderBy(devMail.createdAt).all();

/** The confirmation link of the last mail to `to`. */
export async function confirmLink(to: string): Promise<string> {
  const mails = await mailsTo(to);
  const link = /https?:\/\/\S+\/api\/widget\/transcript\/confirm\?token=[\w-]+&lang=\w+/.exec(mails.at(-1)?.text ?? '')?.[0];
  if (!link) throw new Error(`no confirmation link mailed to ${to}`);
  return link;
}

/** Opens a confirmation link like a mail client would (on the worker, whatever origin the link names). */
export const openLink = (link: string) => {
  const url = new URL(link);
  return SELF.fetch(`${ORIGIN}${url.pathname}${url.search}`);
};

/** Presses the Send button of the page the link opens (a form posting to the same URL). */
export const sendFromLink = (link: string) => {
  const url = new URL(link);
  return SELF.fetch(`${ORIGIN}${url.pathname}${url.search}`, { method: 'POST' });
};
