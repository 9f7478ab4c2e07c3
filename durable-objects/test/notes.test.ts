import { describe, expect, it } from 'vitest';
import type { OperatorServerFrame } from '../../common/protocol';
import { apiFetch } from '../../test/helpers';
import { connectOperator, connectVisitor, type OperatorSocket, operatorSays, setupCompany, visitorSays } from '../../test/realtime';

const SECRET = 'VIP customer, refund already approved';

/** Sends a note and waits for its acknowledgement on the sending tab. */
async function operatorNotes(o: OperatorSocket, chatId: string, text: string, clientId: string) {
  o.send({ type: 'note', chatId, clientId, text });
  return o.until(
    (f): f is Extract<OperatorServerFrame, { type: 'message' }> =>
      f.type === 'message' && f.message.clientId === clientId && f.message.author === 'note',
  );
}

describe('internal notes (F11)', () => {
  it('reach every operator who sees the chat and never the visitor: live, on resume, after the chat ended', async () => {
    const company = await setupCompany({ operators: 2 });
    const [owner, colleague] = company.operators as [(typeof company.operators)[0], (typeof company.operators)[0]];
    const tab1 = await connectOperator(company, owner);
    const tab2 = await connectOperator(company, owner);
    const other = await connectOperator(company, colleague, { status: 'away' });
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'Where is my refund?');
    await tab1.next('chat');

    // Seq 2 is the "joined the chat" line.
    const note = await operatorNotes(tab1, chatId, SECRET, 'n-1');
    expect(note.message).toMatchObject({ seq: 3, author: 'note', operatorId: owner.id, text: SECRET });
    // The operator's other tab hears of it at once.
    expect((await tab2.until((f) => f.type === 'message' && f.message.author === 'note')).type).toBe('message');
    const reply = await operatorSays(tab1, chatId, 'It is on its way.');
    expect(reply.message.seq).toBe(4);
    await visitor.until((f) => f.type === 'message' && f.message.seq === 4);
    // A resend after a lost acknowledgement is stored once.
    expect((await operatorNotes(tab1, chatId, SECRET, 'n-1')).message.seq).toBe(3);

    // Resume: the visitor gets exactly what it missed, without the note; operators get the note.
    const back = await connectVisitor(company, { visitorId: visitor.visitorId, resume: { chatId, lastSeq: 2 } });
    expect(back.welcome.chat?.messages.map((m) => m.seq)).toEqual([4]);
    const fresh = await connectVisitor(company, { visitorId: visitor.visitorId, resume: { chatId, lastSeq: 0 } });
    expect(fresh.welcome.chat?.messages.map((m) => [m.seq, m.author])).toEqual([
      [1, 'visitor'],
      [2, 'system'],
      [4, 'operator'],
    ]);
    const tab3 = await connectOperator(company, owner, { resume: [{ chatId, lastSeq: 2 }] });
    expect(tab3.welcome.chats.find((c) => c.id === chatId)?.messages.map((m) => [m.seq, m.author])).toEqual([
      [3, 'note'],
      [4, 'operator'],
    ]);

    // A colleague the chat is transferred to reads the note with the history.
    tab1.send({ type: 'transfer', chatId, toOperatorId: colleague.id });
    const moved = await other.next('chat');
    expect(moved.chat.messages.map((m) => m.author)).toEqual(['visitor', 'system', 'note', 'operator', 'system']);
    // The colleague's own notes stay internal too.
    await operatorNotes(other, chatId, 'second note', 'n-2');
    other.send({ type: 'close', chatId });
    await visitor.next('closed');

    // After the chat ended, a visitor resuming it gets the replay without notes.
    const late = await connectVisitor(company, { visitorId: visitor.visitorId, resume: { chatId, lastSeq: 0 } });
    await late.next('closed');
    expect(late.all('message').map((f) => f.message.seq)).toEqual([1, 2, 4, 5]);

    for (const socket of [visitor, back, fresh, late]) {
      const seen = JSON.stringify(socket.frames);
      expect(seen).not.toContain(SECRET);
      expect(seen).not.toContain('second note');
      expect(seen).not.toContain('"note"');
    }
    // History is read by operators: the notes are there.
    const detail = (await (await apiFetch(`/api/companies/${company.id}/chats/${chatId}`, { user: owner })).json()) as {
      messages: { author: string }[];
    };
    expect(detail.messages.map((m) => m.author)).toEqual(['visitor', 'system', 'note', 'operator', 'system', 'note']);
  });

  it("refuses a note in someone else's chat, and visitors can't send notes", async () => {
    const company = await setupCompany({ operators: 2 });
    const owner = await connectOperator(company, company.operators[0]!);
    const colleague = await connectOperator(company, company.operators[1]!, { status: 'away' });
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'hello');
    await owner.next('chat');
    colleague.send({ type: 'note', chatId, clientId: 'x', text: 'sneaky' });
    expect(await colleague.next('error')).toMatchObject({ code: 'unknown_chat', ref: 'note' });
    visitor.sendRaw(JSON.stringify({ type: 'note', chatId, clientId: 'y', text: 'hi' }));
    expect(await visitor.next('error')).toMatchObject({ code: 'invalid_message' });
    owner.send({ type: 'note', chatId, clientId: 'z', text: '   ' });
    expect(await owner.next('error')).toMatchObject({ code: 'invalid_message', ref: 'note' });
  });
});
