import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type VisitorClientFrame, type VisitorServerFrame } from '../../common/protocol';
import { apiFetch } from '../../test/helpers';
import {
  connectOperator,
  connectVisitor,
  openWidget,
  operatorSays,
  setupCompany,
  type TestCompany,
  TestSocket,
  testVisitorSecret,
  visitorSays,
} from '../../test/realtime';

/** A widget socket that sends a hello naming `visitorId` with the given secret (or none). */
async function helloAs(company: TestCompany, visitorId: string, visitorSecret: string | undefined, chatId: string) {
  const res = await openWidget(company, company.origin);
  res.webSocket!.accept();
  const socket = new TestSocket<VisitorServerFrame, VisitorClientFrame>(res.webSocket!);
  socket.send({
    type: 'hello',
    protocol: PROTOCOL_VERSION,
    visitorId,
    ...(visitorSecret === undefined ? {} : { visitorSecret }),
    language: 'en',
    category: null,
    page: { url: 'https://shop.example/', title: '', referrer: '' },
    resume: { chatId, lastSeq: 0 },
  });
  return socket;
}

describe('visitor secret (SPEC S)', () => {
  it('a hello with the display id and no or a wrong secret gets nothing of the chat; the right secret resumes it', async () => {
    const company = await setupCompany();
    const operator = await connectOperator(company, company.operators[0]!);
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'my order number is 4711');
    const { chat } = await operator.next('chat');
    const displayId = chat.visitor.displayId;
    expect(displayId).toBe(visitor.visitorId);

    for (const secret of [undefined, 'a-wrong-secret-of-enough-length']) {
      const thief = await helloAs(company, displayId, secret, chatId);
      expect(await thief.next('error')).toMatchObject({ code: 'visitor_secret', ref: 'hello' });
      expect(await thief.closed).toBe(4403);
      expect(thief.frames.map((f) => f.type)).toEqual(['error']);
    }
    // The operator's reply still reaches only the real visitor.
    await operatorSays(operator, chatId, 'Found it.');
    await visitor.until((f) => f.type === 'message' && f.message.author === 'operator');

    const back = await connectVisitor(company, { visitorId: visitor.visitorId, resume: { chatId, lastSeq: 0 } });
    expect(back.welcome.chat?.messages.map((m) => m.text)).toEqual(['my order number is 4711', 'Owner joined the chat.', 'Found it.']);
  });

  it('never shows the secret to operators: not in live frames, not in history', async () => {
    const company = await setupCompany();
    const owner = company.operators[0]!;
    const operator = await connectOperator(company, owner);
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'hi');
    await operator.next('chat');
    const secret = testVisitorSecret(visitor.visitorId);

    const list = await apiFetch(`/api/companies/${company.id}/chats?visitor=${visitor.visitorId}`, { user: owner });
    const listed = await list.text();
    expect(JSON.parse(listed).chats.map((c: { id: string }) => c.id)).toEqual([chatId]);
    const detail = await (await apiFetch(`/api/companies/${company.id}/chats/${chatId}`, { user: owner })).text();
    for (const seen of [JSON.stringify(operator.frames), listed, detail]) expect(seen).not.toContain(secret);
  });
});
