import { describe, expect, it } from 'vitest';
import type { OperatorServerFrame } from '../../common/protocol';
import {
  connectOperator,
  connectVisitor,
  type OperatorSocket,
  roomOf,
  setDestinations,
  setupCompany,
  visitorSays,
} from '../../test/realtime';

type Waiting = Extract<OperatorServerFrame, { type: 'waiting' }>;
const isWaiting = (f: OperatorServerFrame): f is Waiting => f.type === 'waiting';
/** The next `waiting` frame whose chat ids are exactly `ids`. */
const waitingIs = (o: OperatorSocket, ids: string[]) =>
  o.until((f): f is Waiting => isWaiting(f) && JSON.stringify(f.chats.map((c) => c.chatId)) === JSON.stringify(ids));

describe('the queue as operators see it (F10, F11)', () => {
  it('lists waiting chats only to operators who serve them, and updates the list as the queue moves', async () => {
    const company = await setupCompany({ operators: 2, languages: ['en', 'uk'], maxChats: 1 });
    const [enOp, ukOp] = company.operators as [(typeof company.operators)[0], (typeof company.operators)[0]];
    await setDestinations(company, enOp, ['en']);
    await setDestinations(company, ukOp, ['uk']);
    await roomOf(company).configChanged('destinations');
    const en = await connectOperator(company, enOp);
    const uk = await connectOperator(company, ukOp);
    // Every tab is told its list right after the welcome, empty or not.
    await waitingIs(en, []);
    await waitingIs(uk, []);

    const v1 = await connectVisitor(company, { language: 'en' });
    const first = await visitorSays(v1, 'first');
    await en.next('chat');
    const v2 = await connectVisitor(company, { language: 'en' });
    const second = await visitorSays(v2, 'second');
    await v2.next('queued');
    const listed = await waitingIs(en, [second.chatId]);
    expect(listed.chats[0]).toMatchObject({ language: 'en', category: null });
    expect(listed.chats[0]!.since).toBeGreaterThan(0);

    const v3 = await connectVisitor(company, { language: 'uk' });
    await visitorSays(v3, 'third');
    await uk.next('chat');
    const v4 = await connectVisitor(company, { language: 'uk' });
    const fourth = await visitorSays(v4, 'fourth');
    await waitingIs(uk, [fourth.chatId]);

    // A new tab of the English operator learns the current list at once.
    const enTab2 = await connectOperator(company, enOp);
    await waitingIs(enTab2, [second.chatId]);

    // The English operator frees up: the waiting chat is assigned and leaves their list.
    en.send({ type: 'close', chatId: first.chatId });
    expect((await en.next('chat')).chat.id).toBe(second.chatId);
    await waitingIs(en, []);
    // Whatever else the close made the room send either operator has arrived.
    await Promise.all([en.roundTrip(), uk.roundTrip()]);
    // Nobody was ever shown a chat they don't serve.
    expect(en.all('waiting').flatMap((f) => f.chats.map((c) => c.chatId))).not.toContain(fourth.chatId);
    expect(uk.all('waiting').flatMap((f) => f.chats.map((c) => c.chatId))).not.toContain(second.chatId);
    // Lists are pushed on change only: the Ukrainian list never changed after v4 queued.
    expect(uk.all('waiting').map((f) => f.chats.length)).toEqual([0, 1]);
  });
});
