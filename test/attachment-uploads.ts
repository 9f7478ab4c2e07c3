import { SELF } from 'cloudflare:test';
import type { Attachment } from '../common/protocol';
import { ORIGIN, type TestUser } from './helpers';
import { connectOperator, connectVisitor, type TestCompany, testVisitorSecret, visitorSays } from './realtime';

/** POST /api/widget/attachments as the visitor's widget sends it. */
export function visitorUpload(
  company: Pick<TestCompany, 'publicKey' | 'origin'>,
  chatId: string,
  secret: string | null,
  bytes: Uint8Array,
  name: string,
  opts: { address?: string; origin?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    Origin: opts.origin ?? company.origin,
    'Content-Type': 'application/octet-stream',
    'X-File-Name': encodeURIComponent(name),
    'CF-Connecting-IP': opts.address ?? '10.9.9.9',
  };
  if (secret) headers.Authorization = `Bearer ${secret}`;
  const query = new URLSearchParams({ key: company.publicKey, chatId });
  return SELF.fetch(`${ORIGIN}/api/widget/attachments?${query}`, { method: 'POST', headers, body: bytes });
}

/** POST …/chats/:chatId/attachments as the console sends it. */
export function operatorUpload(companyId: string, user: TestUser, chatId: string, bytes: Uint8Array, name: string): Promise<Response> {
  return SELF.fetch(`${ORIGIN}/api/companies/${companyId}/chats/${encodeURIComponent(chatId)}/attachments`, {
    method: 'POST',
    headers: {
      Origin: ORIGIN,
      'Sec-Fetch-Site': 'same-origin',
      Cookie: user.cookie,
      'Content-Type': 'application/octet-stream',
      'X-File-Name': encodeURIComponent(name),
    },
    body: bytes,
  });
}

/** Fetches a URL the server handed out (relative to the worker). */
export const fetchUrl = (url: string) => SELF.fetch(new URL(url, ORIGIN));

export async function uploaded(res: Response): Promise<Attachment> {
  if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${await res.text()}`);
  return (await res.json()) as Attachment;
}

/** A chat between a visitor and the company's first operator (the owner), both connected. */
export async function openChat(company: TestCompany) {
  const operator = await connectOperator(company, company.owner);
  const visitor = await connectVisitor(company);
  const first = await visitorSays(visitor, 'Hello, I have a file for you');
  const chatId = first.chatId;
  await operator.until((f) => f.type === 'chat' && f.chat.id === chatId);
  return { operator, visitor, chatId, secret: testVisitorSecret(visitor.visitorId) };
}
