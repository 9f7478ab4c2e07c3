import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { apiFetch } from '../../test/helpers';
import {
  connectOperator,
  connectVisitor,
  type OperatorSocket,
  operatorSays,
  roomOf,
  setupCompany,
  type TestCompany,
  testVisitorSecret,
  type VisitorSocket,
  visitorSays,
} from '../../test/realtime';

/** A chat an operator took and the visitor ended: what a rating is for. */
async function endedChat(
  company: TestCompany,
): Promise<{ op: OperatorSocket; visitor: VisitorSocket & { visitorId: string }; chatId: string }> {
  const op = await connectOperator(company, company.owner);
  const visitor = await connectVisitor(company);
  const { chatId } = await visitorSays(visitor, 'Where is my parcel?');
  await op.next('chat');
  await operatorSays(op, chatId, 'On its way.');
  visitor.send({ type: 'close' });
  expect(await visitor.next('closed')).toMatchObject({ chatId, by: 'visitor', rate: true });
  await op.next('closed');
  return { op, visitor, chatId };
}

const ratingOf = async (company: TestCompany, chatId: string) =>
  (await apiFetch(`/api/companies/${company.id}/chats/${chatId}/rating`, { user: company.owner })).json();

describe('chat rating (F21)', () => {
  it('takes one rating: the visitor and the operator see it live, a second one is refused and the first kept', async () => {
    const company = await setupCompany();
    const { op, visitor, chatId } = await endedChat(company);

    visitor.send({ type: 'rate', chatId, rating: 'bad', comment: '  Too slow.  ' });
    const rated = await visitor.next('rated');
    expect(rated).toMatchObject({ chatId, rating: { rating: 'bad', comment: 'Too slow.' } });
    expect(await op.next('rated')).toEqual(rated);

    // The comment is optional on the wire.
    visitor.sendRaw(JSON.stringify({ type: 'rate', chatId, rating: 'good' }));
    expect(await visitor.next('error')).toMatchObject({ code: 'already_rated', ref: 'rate' });
    expect(await ratingOf(company, chatId)).toEqual({ rating: rated.rating });
    expect(op.all('rated')).toHaveLength(1);
  });

  it('an empty comment is stored as none, and the history lists the rating and filters by it', async () => {
    const company = await setupCompany();
    const first = await endedChat(company);
    first.visitor.send({ type: 'rate', chatId: first.chatId, rating: 'good', comment: '   ' });
    expect((await first.visitor.next('rated')).rating).toMatchObject({ rating: 'good', comment: null });
    const v2 = await connectVisitor(company);
    const second = await visitorSays(v2, 'Hello?');

    const list = async (rating: string) =>
      (
        (await (await apiFetch(`/api/companies/${company.id}/chats?rating=${rating}`, { user: company.owner })).json()) as {
          chats: { id: string; rating: unknown }[];
        }
      ).chats;
    expect((await list('')).map((c) => [c.id, c.rating])).toEqual([
      [second.chatId, null],
      [first.chatId, expect.objectContaining({ rating: 'good' })],
    ]);
    expect((await list('good')).map((c) => c.id)).toEqual([first.chatId]);
    expect(await list('bad')).toEqual([]);
    expect((await apiFetch(`/api/companies/${company.id}/chats?rating=meh`, { user: company.owner })).status).toBe(400);
  });

  it("refuses another visitor's chat, a chat still open, and a hello with the visitor's id but not their secret", async () => {
    const company = await setupCompany();
    const { visitor, chatId } = await endedChat(company);

    const other = await connectVisitor(company);
    other.send({ type: 'rate', chatId, rating: 'bad', comment: '' });
    expect(await other.next('error')).toMatchObject({ code: 'unknown_chat', ref: 'rate' });

    const thief = await connectVisitor(company, {
      visitorId: visitor.visitorId,
      visitorSecret: 'a-wrong-secret-of-enough-length',
    }).catch((err: Error) => err);
    expect(thief).toBeInstanceOf(Error);

    const open = await visitorSays(other, 'Still here');
    other.send({ type: 'rate', chatId: open.chatId, rating: 'good', comment: '' });
    expect(await other.next('error')).toMatchObject({ code: 'unknown_chat', ref: 'rate' });
    expect(await ratingOf(company, chatId)).toEqual({ rating: null });
  });

  it('does not ask for a chat nobody answered', async () => {
    const company = await setupCompany();
    const visitor = await connectVisitor(company);
    // Nobody is online: the chat ends at once.
    const { chatId } = await visitorSays(visitor, 'Anyone?');
    expect(await visitor.next('closed')).toMatchObject({ chatId, reason: 'no_operator', rate: false });
    visitor.send({ type: 'rate', chatId, rating: 'bad', comment: '' });
    expect(await visitor.next('error')).toMatchObject({ code: 'unknown_chat', ref: 'rate' });
  });

  it('with ratings off the widget is told not to ask and the room refuses a rating', async () => {
    const company = await setupCompany();
    const { visitor, chatId } = await endedChat(company);
    const off = await apiFetch(`/api/companies/${company.id}`, { user: company.owner, method: 'PATCH', body: { ratingEnabled: false } });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ ratingEnabled: false });
    expect((await visitor.next('config')).config.rating).toBe(false);

    visitor.send({ type: 'rate', chatId, rating: 'good', comment: '' });
    expect(await visitor.next('error')).toMatchObject({ code: 'rating_off', ref: 'rate' });
    const back = await connectVisitor(company, { visitorId: visitor.visitorId, resume: { chatId, lastSeq: 0 } });
    expect(back.welcome.config.rating).toBe(false);
    expect(await back.next('closed')).toMatchObject({ chatId, rate: false });
    expect(await ratingOf(company, chatId)).toEqual({ rating: null });
  });

  it('keeps the rating across an object restart, and a resumed widget is not asked again', async () => {
    const company = await setupCompany();
    const { op, visitor, chatId } = await endedChat(company);
    visitor.send({ type: 'rate', chatId, rating: 'good', comment: 'Quick and kind.' });
    const { rating } = await visitor.next('rated');

    await runInDurableObject(roomOf(company), (_, state) => state.abort('test restart')).catch(() => undefined);
    await Promise.all([visitor.closed, op.closed]);

    expect(await ratingOf(company, chatId)).toEqual({ rating });
    const back = await connectVisitor(company, {
      visitorId: visitor.visitorId,
      visitorSecret: testVisitorSecret(visitor.visitorId),
      resume: { chatId, lastSeq: 0 },
    });
    expect(await back.next('closed')).toMatchObject({ chatId, rate: false });
    back.send({ type: 'rate', chatId, rating: 'bad', comment: '' });
    expect(await back.next('error')).toMatchObject({ code: 'already_rated' });
    const detail = await (await apiFetch(`/api/companies/${company.id}/chats/${chatId}`, { user: company.owner })).json();
    expect(detail).toMatchObject({ rating: { rating: 'good', comment: 'Quick and kind.' } });
  });
});
