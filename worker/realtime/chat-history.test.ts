import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { apiFetch } from '../../test/helpers';
import { connectOperator, connectVisitor, operatorSays, roomOf, setupCompany, type TestCompany, visitorSays } from '../../test/realtime';

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
      (
        (await (await apiFetch(`/api/companies/${company.id}/chats?q=${encodeURIComponent(q)}`, { user: company.owner })).json()) as {
          chats: { id: string }[];
        }
      ).chats.map((c) => c.id);
    expect(await search('parcel')).toEqual([c1.chatId]);
    expect(await search('its way')).toEqual([c1.chatId]);
    expect(await search('100%')).toEqual([c2.chatId]);
    // `_` and `%` are literal characters, not wildcards.
    expect(await search('o_t')).toEqual([]);
    // System lines are the room's words, not the chat's: never a match, never the preview.
    expect(await search('joined')).toEqual([]);
    expect(body.chats.map((c) => c.preview)).toEqual(['Do you ship 100% cotton_shirts?', 'Where is my parcel?']);

    const detail = await apiFetch(`/api/companies/${company.id}/chats/${c1.chatId}`, { user: company.owner });
    expect(await detail.json()).toMatchObject({
      id: c1.chatId,
      status: 'closed',
      closedBy: 'operator',
      operator: { id: company.owner.id },
      messageCount: 2,
      messages: [
        { seq: 1, text: 'Where is my parcel?' },
        { seq: 2, author: 'system', text: 'Owner joined the chat.', event: { kind: 'joined', name: 'Owner' } },
        { seq: 3, text: 'On its way.' },
      ],
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

describe('GET …/chats/:chatId/rating (F21)', () => {
  it("answers a member with the chat's rating, null before it is rated, and 404 to others and for unknown chats", async () => {
    // A second member (not the owner) reads it too: any member of the company may.
    const company = await setupCompany({ operators: 2 });
    const other = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const visitor = await connectVisitor(company);
    const { chatId } = await visitorSays(visitor, 'Hi');
    await op.next('chat');
    op.send({ type: 'close', chatId });
    await visitor.next('closed');
    const path = `/api/companies/${company.id}/chats/${chatId}/rating`;
    const member = company.operators[1]!;

    expect(await (await apiFetch(path, { user: member })).json()).toEqual({ rating: null });
    visitor.send({ type: 'rate', chatId, rating: 'good', comment: 'Thanks!' });
    const { rating } = await visitor.next('rated');
    const res = await apiFetch(path, { user: member });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ rating: { rating: 'good', comment: 'Thanks!', at: rating.at } });

    expect((await apiFetch(path, { user: other.owner })).status).toBe(404);
    expect((await apiFetch(`/api/companies/${other.id}/chats/${chatId}/rating`, { user: other.owner })).status).toBe(404);
    const unknown = await apiFetch(`/api/companies/${company.id}/chats/no-such-chat/rating`, { user: company.owner });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await apiFetch(path)).status).toBe(401);
  });
});

describe('chat history filters (F11)', () => {
  type Page = { chats: { id: string; startedAt: number; visitor: { visitorId: string } }[]; nextCursor: string | null };
  const DAY = 86_400_000;

  /** Moves a chat's start time, as if it had started then. */
  const startedAt = (company: TestCompany, chatId: string, at: number) =>
    runInDurableObject(
      roomOf(company),
      (_, state) => void state.storage.sql.exec(`UPDATE chats SET created_at = ? WHERE id = ?`, at, chatId),
    );

  it('filters by text, visitor, start date (ISO day or ms) and status, and pages through filtered results', async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const say = async (visitorId: string, text: string) => {
      const v = await connectVisitor(company, { visitorId });
      const ack = await visitorSays(v, text);
      await op.next('chat');
      op.send({ type: 'close', chatId: ack.chatId });
      await v.next('closed');
      return ack.chatId;
    };
    const march1 = Date.UTC(2025, 2, 1, 10);
    const a = await say('v-Alpha-1111', 'refund please');
    const b = await say('v-beta-2222', 'refund again');
    const c = await say('v-alpha-3333', 'shipping');
    await startedAt(company, a, march1);
    await startedAt(company, b, march1 + DAY);
    await startedAt(company, c, march1 + 2 * DAY);

    const list = async (query: string) => {
      const res = await apiFetch(`/api/companies/${company.id}/chats?${query}`, { user: company.owner });
      expect(res.status).toBe(200);
      return ((await res.json()) as Page).chats.map((x) => x.id);
    };
    expect(await list('q=refund')).toEqual([b, a]);
    expect(await list('visitor=ALPHA')).toEqual([c, a]);
    expect(await list('visitor=alpha&q=refund')).toEqual([a]);
    expect(await list('from=2025-03-02&to=2025-03-02')).toEqual([b]);
    expect(await list(`from=${march1 + DAY}`)).toEqual(expect.arrayContaining([c, b]));
    expect(await list(`from=${march1 + DAY}`)).not.toContain(a);
    expect(await list(`to=${march1}`)).toEqual([a]);
    expect(await list('to=2025-03-02&status=closed')).toEqual([b, a]);
    expect(await list('status=active')).toEqual([]);
    expect(await list('q=&visitor=&from=&to=&cursor=')).toEqual(expect.arrayContaining([a, b, c]));
  });

  it('keeps the filters across pages', async () => {
    const company = await setupCompany();
    await connectOperator(company, company.owner);
    // 35 matching chats and some that don't match, written straight into the room's storage.
    await runInDurableObject(roomOf(company), (_, state) => {
      for (let i = 0; i < 45; i++) {
        const createdAt = 1_700_000_000_000 + i * 1000;
        state.storage.sql.exec(
          `INSERT INTO chats (id, visitor_id, status, language, category, visitor, created_at) VALUES (?, ?, 'closed', 'en', NULL, ?, ?)`,
          `chat-${String(i).padStart(2, '0')}`,
          i < 35 ? `v-match-${i}` : `v-other-${i}`,
          JSON.stringify({ page: { url: '', title: '', referrer: '' }, userAgent: '', firstSeenAt: createdAt, pagesViewed: [] }),
          createdAt,
        );
      }
    });
    const get = async (cursor?: string) =>
      (await (
        await apiFetch(`/api/companies/${company.id}/chats?visitor=match${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
          user: company.owner,
        })
      ).json()) as Page;
    const first = await get();
    expect(first.chats).toHaveLength(30);
    expect(first.nextCursor).not.toBeNull();
    const second = await get(first.nextCursor!);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.chats, ...second.chats].map((x) => x.id);
    expect(ids).toEqual(Array.from({ length: 35 }, (_, i) => `chat-${String(34 - i).padStart(2, '0')}`));
    // The list leaves out the pages viewed; one chat in full has them.
    expect(first.chats[0]!.visitor).toMatchObject({ firstSeenAt: 1_700_000_034_000 });
    expect(first.chats[0]!.visitor).not.toHaveProperty('pagesViewed');
    const detail = (await (await apiFetch(`/api/companies/${company.id}/chats/chat-34`, { user: company.owner })).json()) as {
      visitor: unknown;
    };
    expect(detail.visitor).toMatchObject({ firstSeenAt: 1_700_000_034_000, pagesViewed: [] });
  });

  it('answers 400 naming the field for bad parameters', async () => {
    const company = await setupCompany();
    const fields = async (query: string) => {
      const res = await apiFetch(`/api/companies/${company.id}/chats?${query}`, { user: company.owner });
      expect(res.status).toBe(400);
      return Object.keys(((await res.json()) as { error: { fields: Record<string, string> } }).error.fields);
    };
    expect(await fields('from=yesterday')).toEqual(['from']);
    expect(await fields('to=2025-02-30')).toEqual(['to']);
    expect(await fields('from=2025-03-02&to=2025-03-01')).toEqual(['to']);
    expect(await fields('cursor=not-a-cursor')).toEqual(['cursor']);
    expect(await fields('status=open')).toEqual(['status']);
    expect(await fields(`q=${'x'.repeat(201)}`)).toEqual(['q']);
  });
});
