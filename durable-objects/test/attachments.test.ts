import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { VisitorServerFrame } from '../../common/protocol';
import { GIF, PDF, PNG } from '../../test/attachment-files';
import { fetchUrl, openChat, operatorUpload, uploaded, visitorUpload } from '../../test/attachment-uploads';
import { apiFetch } from '../../test/helpers';
import { connectVisitor, roomOf, setupCompany, testVisitorSecret, visitorSays } from '../../test/realtime';

type VisitorMessage = Extract<VisitorServerFrame, { type: 'message' }>;
const isMessage =
  (clientId: string) =>
  (f: VisitorServerFrame): f is VisitorMessage =>
    f.type === 'message' && f.message.clientId === clientId;

describe('messages carrying files (F20)', () => {
  it("reach both sides with each file's details and a working signed URL, the text may be empty, and a resend is stored once", async () => {
    const company = await setupCompany();
    const { operator, visitor, chatId, secret } = await openChat(company);
    const image = await uploaded(await visitorUpload(company, chatId, secret, PNG, 'screenshot.png'));
    const pdf = await uploaded(await visitorUpload(company, chatId, secret, PDF, 'рахунок.pdf'));

    visitor.send({ type: 'message', clientId: 'with-files', text: '', attachmentIds: [image.id, pdf.id] });
    const ack = await visitor.until(isMessage('with-files'));
    const seen = await operator.until((f) => f.type === 'message' && f.message.clientId === 'with-files');
    for (const message of [ack.message, seen.type === 'message' ? seen.message : null]) {
      expect(message).toMatchObject({
        text: '',
        attachments: [
          { id: image.id, name: 'screenshot.png', type: 'image/png', size: PNG.byteLength },
          { id: pdf.id, name: 'рахунок.pdf', type: 'application/pdf', size: PDF.byteLength },
        ],
      });
    }
    expect(new Uint8Array(await (await fetchUrl(ack.message.attachments![1]!.url)).arrayBuffer())).toEqual(PDF);

    // The acknowledgement was lost: the widget sends the same message again.
    visitor.send({ type: 'message', clientId: 'with-files', text: '', attachmentIds: [image.id, pdf.id] });
    const again = await visitor.until(isMessage('with-files'));
    expect(again.message.seq).toBe(ack.message.seq);
    // The operator answers with a file of their own, and resends it too.
    const reply = await uploaded(await operatorUpload(company.id, company.owner, chatId, GIF, 'answer.gif'));
    for (let i = 0; i < 2; i++)
      operator.send({ type: 'message', chatId, clientId: 'op-file', text: 'Here you go', attachmentIds: [reply.id] });
    const opAcks = [
      await operator.until((f) => f.type === 'message' && f.message.clientId === 'op-file'),
      await operator.until((f) => f.type === 'message' && f.message.clientId === 'op-file'),
    ];
    expect(new Set(opAcks.map((f) => (f.type === 'message' ? f.message.seq : 0))).size).toBe(1);
    expect((await visitor.until(isMessage('op-file'))).message.attachments?.[0]).toMatchObject({ id: reply.id, name: 'answer.gif' });

    await runInDurableObject(roomOf(company), (_room, state) => {
      const rows = state.storage.sql.exec<{ client_id: string }>(`SELECT client_id FROM messages WHERE chat_id = ?`, chatId).toArray();
      expect(rows.filter((r) => r.client_id === 'with-files')).toHaveLength(1);
      expect(rows.filter((r) => r.client_id === 'op-file')).toHaveLength(1);
    });
  });

  it('refuse files of another chat, of the other side, of another company, and files sent already, and an empty message', async () => {
    const company = await setupCompany({ operators: 2, maxChats: 1 });
    const { operator, visitor, chatId, secret } = await openChat(company);
    const theirs = await uploaded(await visitorUpload(company, chatId, secret, PNG, 'a.png'));
    const operatorsOwn = await uploaded(await operatorUpload(company.id, company.owner, chatId, PNG, 'b.png'));

    // Another visitor of the same company, in their own chat, names the first visitor's file.
    const other = await connectVisitor(company);
    await visitorSays(other, 'Hi');
    other.send({ type: 'message', clientId: 'steal', text: '', attachmentIds: [theirs.id] });
    expect(await other.next('error')).toMatchObject({ code: 'unknown_attachment', ref: 'message' });
    // The visitor names the operator's upload, and the operator the visitor's.
    visitor.send({ type: 'message', clientId: 'swap', text: '', attachmentIds: [operatorsOwn.id] });
    expect(await visitor.next('error')).toMatchObject({ code: 'unknown_attachment' });
    operator.send({ type: 'message', chatId, clientId: 'swap', text: '', attachmentIds: [theirs.id] });
    expect(await operator.next('error')).toMatchObject({ code: 'unknown_attachment' });

    // A file of another company's chat.
    const elsewhere = await setupCompany();
    const foreign = await openChat(elsewhere);
    const foreignFile = await uploaded(await visitorUpload(elsewhere, foreign.chatId, foreign.secret, PNG, 'c.png'));
    visitor.send({ type: 'message', clientId: 'foreign', text: 'look', attachmentIds: [foreignFile.id] });
    expect(await visitor.next('error')).toMatchObject({ code: 'unknown_attachment' });

    // Sent once, a file can't be sent again in another message.
    visitor.send({ type: 'message', clientId: 'first', text: '', attachmentIds: [theirs.id] });
    await visitor.until(isMessage('first'));
    visitor.send({ type: 'message', clientId: 'second', text: '', attachmentIds: [theirs.id] });
    expect(await visitor.next('error')).toMatchObject({ code: 'unknown_attachment' });
    visitor.sendRaw(JSON.stringify({ type: 'message', clientId: 'empty', text: '  ' }));
    expect(await visitor.next('error')).toMatchObject({ code: 'invalid_message' });
    expect(visitor.all('message').some((f) => ['steal', 'swap', 'foreign', 'second', 'empty'].includes(f.message.clientId ?? ''))).toBe(
      false,
    );
  });

  it('come back in history and on resume, each time with a fresh URL that serves the file', async () => {
    const company = await setupCompany();
    const { visitor, chatId, secret } = await openChat(company);
    const file = await uploaded(await visitorUpload(company, chatId, secret, PDF, 'рахунок.pdf'));
    visitor.send({ type: 'message', clientId: 'file', text: 'my invoice', attachmentIds: [file.id] });
    const ack = await visitor.until(isMessage('file'));
    visitor.close();

    const history = await apiFetch(`/api/companies/${company.id}/chats/${chatId}`, { user: company.owner });
    const detail = (await history.json()) as { messages: { clientId: string; attachments?: { id: string; url: string }[] }[] };
    const inHistory = detail.messages.find((m) => m.clientId === 'file')!.attachments![0]!;
    expect(inHistory.id).toBe(file.id);
    expect((await fetchUrl(inHistory.url)).status).toBe(200);

    const back = await connectVisitor(company, {
      visitorId: visitor.visitorId,
      visitorSecret: testVisitorSecret(visitor.visitorId),
      resume: { chatId, lastSeq: ack.message.seq - 1 },
    });
    const resumed = back.welcome.chat!.messages.find((m) => m.clientId === 'file')!;
    expect(resumed.attachments).toEqual([expect.objectContaining({ id: file.id, name: 'рахунок.pdf', type: 'application/pdf' })]);
    expect((await fetchUrl(resumed.attachments![0]!.url)).status).toBe(200);
    // A URL whose signature was tampered with serves nothing (its first character always changes).
    const tampered = resumed.attachments![0]!.url.replace(/sig=(.)/, (_, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`);
    expect((await fetchUrl(tampered)).status).toBe(404);
  });
});
