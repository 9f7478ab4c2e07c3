import { env, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { attachmentKey } from '../../common/attachments/signed-url';
import { PNG } from '../../test/attachment-files';
import { openChat, uploaded, visitorUpload } from '../../test/attachment-uploads';
import { apiFetch } from '../../test/helpers';
import { connectVisitor, roomOf, setupCompany, testVisitorSecret, visitorSays } from '../../test/realtime';
import type { CompanyRoom } from '../company-room';
import { DAY_MS, RETENTION_BATCH_MS } from '../room/retention';

const NO_FILTERS = { q: '', visitor: '', from: null, to: null, status: '', rating: '', cursor: '' } as const;
const stored = async (companyId: string, chatId: string, id: string) =>
  (await env.ATTACHMENTS.head(attachmentKey({ companyId, chatId, id }))) !== null;
const attachmentRows = (company: { id: string }) =>
  runInDurableObject(roomOf(company), (_room, state) =>
    state.storage.sql
      .exec<{ id: string }>(`SELECT id FROM attachments`)
      .toArray()
      .map((r) => r.id),
  );

describe('attachments end with their data (SPEC S)', () => {
  it("go with their chat when the company's retention removes it, sent or not, and other chats keep theirs", async () => {
    const company = await setupCompany();
    const old = await openChat(company);
    const sent = await uploaded(await visitorUpload(company, old.chatId, old.secret, PNG, 'sent.png'));
    const unsent = await uploaded(await visitorUpload(company, old.chatId, old.secret, PNG, 'unsent.png'));
    old.visitor.send({ type: 'message', clientId: 'f', text: '', attachmentIds: [sent.id] });
    await old.visitor.until((f) => f.type === 'message' && f.message.clientId === 'f');
    old.visitor.send({ type: 'close' });
    await old.visitor.next('closed');
    const staying = await connectVisitor(company);
    const { chatId: openChatId } = await visitorSays(staying, 'Still here');
    const kept = await uploaded(await visitorUpload(company, openChatId, testVisitorSecret(staying.visitorId), PNG, 'kept.png'));

    const room = roomOf(company);
    const createdAt = (await room.history(NO_FILTERS)).chats.find((c) => c.id === old.chatId)!.startedAt;
    await runInDurableObject(room, (instance: CompanyRoom) => {
      instance.clock = () => createdAt + 365 * DAY_MS + RETENTION_BATCH_MS;
    });
    expect(await runDurableObjectAlarm(room)).toBe(true);

    expect(await room.chat(old.chatId)).toBeNull();
    expect(await stored(company.id, old.chatId, sent.id)).toBe(false);
    expect(await stored(company.id, old.chatId, unsent.id)).toBe(false);
    expect(await stored(company.id, openChatId, kept.id)).toBe(true);
    expect(await attachmentRows(company)).toEqual([kept.id]);
  });

  it("go with a visitor whose data is erased, and with the whole company's", async () => {
    const company = await setupCompany();
    const asked = await openChat(company);
    const theirs = await uploaded(await visitorUpload(company, asked.chatId, asked.secret, PNG, 'mine.png'));
    const other = await connectVisitor(company);
    const { chatId: otherChat } = await visitorSays(other, 'Hello');
    const othersFile = await uploaded(await visitorUpload(company, otherChat, testVisitorSecret(other.visitorId), PNG, 'theirs.png'));

    const erased = await apiFetch(`/api/companies/${company.id}/visitors/${asked.visitor.visitorId}`, {
      method: 'DELETE',
      user: company.owner,
    });
    expect(erased.status).toBe(204);
    expect(await stored(company.id, asked.chatId, theirs.id)).toBe(false);
    expect(await stored(company.id, otherChat, othersFile.id)).toBe(true);
    expect(await attachmentRows(company)).toEqual([othersFile.id]);

    const deleted = await apiFetch(`/api/companies/${company.id}`, { method: 'DELETE', user: company.owner });
    expect(deleted.status).toBe(204);
    expect((await env.ATTACHMENTS.list({ prefix: `companies/${company.id}/` })).objects).toEqual([]);
  });
});
