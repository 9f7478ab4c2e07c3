import { env, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { MAX_TEXT_CHARS, VISITOR_FRAME_BUDGETS } from '../../common/protocol';
import { apiFetch } from '../../test/helpers';
import { connectOperator, connectVisitor, roomOf, setupCompany, type TestCompany, visitorSays } from '../../test/realtime';

/** Turns the company's typing preview on or off and waits until the visitor's widget hears of it. */
async function setPreview(company: TestCompany, on: boolean, widget: Awaited<ReturnType<typeof connectVisitor>>) {
  const res = await apiFetch(`/api/companies/${company.id}`, { user: company.owner, method: 'PATCH', body: { typingPreviewEnabled: on } });
  expect(await res.json()).toMatchObject({ typingPreviewEnabled: on });
  expect((await widget.next('config')).config.typingPreview).toBe(on);
}

/** Everything the room keeps: its SQLite tables, its key-value entries and its sockets' hibernation attachments. */
function roomContents(company: TestCompany): Promise<string> {
  return runInDurableObject(roomOf(company), async (_, state) => {
    const tables = state.storage.sql
      .exec<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'`)
      .toArray()
      .map((t) => [t.name, state.storage.sql.exec(`SELECT * FROM "${t.name}"`).toArray()]);
    const kv = [...(await state.storage.list()).entries()];
    const attachments = state.getWebSockets().map((ws) => ws.deserializeAttachment());
    return JSON.stringify({ tables, kv, attachments });
  });
}

/** Every row of every D1 table. */
async function d1Contents(): Promise<string> {
  const { results } = await env.DB.prepare(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'`,
  ).all<{ name: string }>();
  const rows = await Promise.all(results.map(async (t) => [t.name, (await env.DB.prepare(`SELECT * FROM "${t.name}"`).all()).results]));
  return JSON.stringify(rows);
}

describe('typing preview (F21)', () => {
  it("is off by default; once on, the draft reaches the chat's operator and nobody else", async () => {
    const company = await setupCompany({ operators: 2 });
    const ann = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    expect(visitor.welcome.config.typingPreview).toBe(false);
    const { chatId } = await visitorSays(visitor, 'Hello');
    await ann.next('chat');
    // The colleague takes the next chat: an operator of the same company, with a chat of their own.
    const bob = await connectOperator(company, company.operators[1]!);
    const other = await connectVisitor(company);
    const second = await visitorSays(other, 'Hi there');
    expect((await bob.next('chat')).chat.id).toBe(second.chatId);

    await setPreview(company, true, visitor);
    visitor.send({ type: 'typing', typing: true, draft: 'Where is my order 4411' });
    expect(await ann.next('typing')).toEqual({ type: 'typing', chatId, typing: true, draft: 'Where is my order 4411' });
    // An emptied draft goes along as empty; a stop never carries one.
    visitor.send({ type: 'typing', typing: true, draft: '' });
    expect(await ann.next('typing')).toEqual({ type: 'typing', chatId, typing: true, draft: '' });
    visitor.send({ type: 'typing', typing: false, draft: 'left over' });
    expect(await ann.next('typing')).toEqual({ type: 'typing', chatId, typing: false });

    await Promise.all([bob.roundTrip(), other.roundTrip(), visitor.roundTrip()]);
    expect(bob.all('typing')).toEqual([]);
    expect(other.all('typing')).toEqual([]);
    expect(visitor.all('typing')).toEqual([]);
  });

  it('drops the draft while the setting is off, also after it was on, and refuses one longer than a message', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'Hello');
    await op.next('chat');

    visitor.send({ type: 'typing', typing: true, draft: 'an old widget pushes this' });
    expect(await op.next('typing')).toEqual({ type: 'typing', chatId, typing: true });
    await setPreview(company, true, visitor);
    await setPreview(company, false, visitor);
    visitor.send({ type: 'typing', typing: true, draft: 'a hostile widget pushes this' });
    expect(await op.next('typing')).toEqual({ type: 'typing', chatId, typing: true });

    visitor.sendRaw(JSON.stringify({ type: 'typing', typing: true, draft: 'x'.repeat(MAX_TEXT_CHARS + 1) }));
    expect(await visitor.next('error')).toMatchObject({ code: 'invalid_message', ref: 'typing' });
    await op.roundTrip();
    expect(op.all('typing')).toHaveLength(2);
  });

  it('never stores the draft: not in the room, not in its events or history, not in D1', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'Hello');
    await op.next('chat');
    await setPreview(company, true, visitor);

    const draft = `draft-${randomId(12)}`;
    const sent = `sent-${randomId(12)}`;
    visitor.send({ type: 'typing', typing: true, draft });
    expect((await op.next('typing')).draft).toBe(draft);
    await visitorSays(visitor, sent);
    visitor.send({ type: 'close' });
    await op.next('closed');
    // The chat's events move to D1 on the room's alarm.
    expect(await runDurableObjectAlarm(roomOf(company))).toBe(true);

    const room = await roomContents(company);
    // What was sent is stored, so the search would find the draft too, had it been kept.
    expect(room).toContain(sent);
    expect(room).not.toContain(draft);
    const d1 = await d1Contents();
    expect(d1).toContain(company.id);
    expect(d1).not.toContain(draft);
    const history = await apiFetch(`/api/companies/${company.id}/chats/${chatId}`, { user: company.owner });
    expect(await history.text()).not.toContain(draft);
  });

  it('spends the typing budget: a flood of drafts is cut off with rate_limited', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    await visitorSays(visitor, 'Hello');
    await op.next('chat');
    await setPreview(company, true, visitor);

    const sent = 30;
    for (let i = 0; i < sent; i++) visitor.send({ type: 'typing', typing: true, draft: `draft ${i}` });
    await visitor.roundTrip();
    await op.roundTrip();
    const limited = visitor.all('error').filter((e) => e.code === 'rate_limited' && e.ref === 'typing').length;
    const relayed = op.all('typing').length;
    expect(limited).toBeGreaterThan(0);
    expect(relayed).toBeGreaterThanOrEqual(VISITOR_FRAME_BUDGETS.typing.burst);
    expect(relayed + limited).toBe(sent);
  });
});
