import { describe, expect, it } from 'vitest';
import { apiFetch } from '../../test/helpers';
import { connectOperator, connectVisitor, operatorSays, setupCompany, visitorSays } from '../../test/realtime';

describe('chat history (F11)', () => {
  it('lists active and closed chats newest first, searches message text, and shows one chat in full', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const v1 = await connectVisitor(company);
    const c1 = await visitorSays(v1, 'Where is my parcel?');
    await op.next('chat');
    await operatorSays(op, c1.chatId, 'On its way.');
    op.send({ type: 'close', chatId: c1.chatId });
    await v1.next('closed');
    const v2 = await connectVisitor(company);
    const c2 = await visitorSays(v2, 'Do you ship 100% cotton_shirts?');

    const list = await apiFetch(`/api/companies/${company.id}/chats`, { user: company.owner });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { chats: { id: string; status: string; preview: string }[]; nextCursor: string | null };
    expect(body.chats.map((c) => [c.id, c.status])).toEqual([
      [c2.chatId, 'active'],
      [c1.chatId, 'closed'],
    ]);
    expect(body.nextCursor).toBeNull();

    const search = async (q: string) =>
      ((await (await apiFetch(`/api/companies/${company.id}/chats?q=${encodeURIComponent(q)}`, { user: company.owner })).json()) as { chats: { id: string }[] }).chats.map((c) => c.id);
    expect(await search('parcel')).toEqual([c1.chatId]);
    expect(await search('its way')).toEqual([c1.chatId]);
    expect(await search('100%')).toEqual([c2.chatId]);
    // `_` and `%` are literal characters, not wildcards.
    expect(await search('o_t')).toEqual([]);

    const detail = await apiFetch(`/api/companies/${company.id}/chats/${c1.chatId}`, { user: company.owner });
    expect(await detail.json()).toMatchObject({
      id: c1.chatId,
      status: 'closed',
      closedBy: 'operator',
      operator: { id: company.owner.id },
      messages: [{ seq: 1, text: 'Where is my parcel?' }, { seq: 2, text: 'On its way.' }],
    });
  });

  it("answers 404 for another company's chats and for unknown chats", async () => {
    const company = await setupCompany();
    const other = await setupCompany();
    await connectOperator(company, company.owner);
    const v = await connectVisitor(company);
    const c = await visitorSays(v, 'secret');
    expect((await apiFetch(`/api/companies/${company.id}/chats`, { user: other.owner })).status).toBe(404);
    expect((await apiFetch(`/api/companies/${company.id}/chats/${c.chatId}`, { user: other.owner })).status).toBe(404);
    expect((await apiFetch(`/api/companies/${other.id}/chats/${c.chatId}`, { user: other.owner })).status).toBe(404);
    expect((await apiFetch(`/api/companies/${company.id}/chats`)).status).toBe(401);
  });
});
