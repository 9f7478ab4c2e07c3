import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import type { OfflineMessageList, OfflineMessageView } from '../../common/schemas/offline';
import { memberships, offlineMessages } from '../../db/schema';
import { apiFetch, createUser, db, type TestUser } from '../../test/helpers';
import { PAGE_SIZE } from './inbox-store';
import { createCompanyWithDomain, storePendingMessage } from './test/fixtures';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
const list = (companyId: string, user: TestUser | null, query = '') =>
  apiFetch(`/api/companies/${companyId}/offline-messages${query}`, { user });
const patch = (companyId: string, id: string, body: unknown, user: TestUser) =>
  apiFetch(`/api/companies/${companyId}/offline-messages/${id}`, { method: 'PATCH', body, user });

describe('GET /api/companies/:companyId/offline-messages', () => {
  it('lists the newest first with read, delivery status and tries, plus the unread count; hides honeypot spam', async () => {
    const company = await createCompanyWithDomain();
    const old = await storePendingMessage(company.id, {
      theme: 'old',
      createdAt: minutesAgo(30),
      deliveryStatus: 'sent',
      tries: 1,
      read: true,
    });
    const failed = await storePendingMessage(company.id, {
      theme: 'failed',
      createdAt: minutesAgo(20),
      deliveryStatus: 'failed',
      tries: 5,
      lastError: 'bounced',
    });
    const fresh = await storePendingMessage(company.id, { theme: 'fresh', createdAt: minutesAgo(1) });
    await storePendingMessage(company.id, { theme: 'spam', createdAt: minutesAgo(0), deliveryStatus: 'suppressed' });

    const res = await list(company.id, company.owner);
    expect(res.status).toBe(200);
    const body = await res.json<OfflineMessageList>();
    expect(body.messages.map((m) => m.id)).toEqual([fresh, failed, old]);
    expect(body.unreadCount).toBe(2);
    expect(body.nextCursor).toBeNull();
    expect(body.messages[1]).toMatchObject({
      theme: 'failed',
      read: false,
      deliveryStatus: 'failed',
      tries: 5,
      lastError: 'bounced',
      nextAttemptAt: null,
    });
    expect(body.messages[2]).toMatchObject({ read: true, deliveryStatus: 'sent' });
  });

  it('is open to operators of the company, not to other users (404) or anonymous callers (401)', async () => {
    const company = await createCompanyWithDomain();
    await storePendingMessage(company.id);
    const operator = await createUser();
    await db().insert(memberships).values({ companyId: company.id, userId: operator.id, role: 'operator', createdAt: new Date() });
    expect((await list(company.id, operator)).status).toBe(200);

    const stranger = await createUser();
    const res = await list(company.id, stranger);
    expect(res.status).toBe(404);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('not_found');
    expect((await list(company.id, null)).status).toBe(401);
  });

  it('pages through older messages with the cursor', async () => {
    const company = await createCompanyWithDomain();
    const base = Date.now() - 86_400_000;
    const rows = Array.from({ length: PAGE_SIZE + 3 }, (_, i) => ({
      id: randomId(),
      companyId: company.id,
      email: 'v@example.com',
      theme: `t${i}`,
      message: 'm',
      deliveryStatus: 'sent' as const,
      // Two messages share each timestamp, so the id breaks ties.
      createdAt: new Date(base + Math.floor(i / 2) * 1000),
    }));
    // D1 binds at most 100 parameters per statement.
    for (let i = 0; i < rows.length; i += 10)
      await db()
        .insert(offlineMessages)
        .values(rows.slice(i, i + 10));

    const first = await (await list(company.id, company.owner)).json<OfflineMessageList>();
    expect(first.messages).toHaveLength(PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await (
      await list(company.id, company.owner, `?cursor=${encodeURIComponent(first.nextCursor!)}`)
    ).json<OfflineMessageList>();
    expect(second.nextCursor).toBeNull();
    const seen = [...first.messages, ...second.messages].map((m) => m.id);
    expect(new Set(seen).size).toBe(rows.length);
    expect(seen.sort()).toEqual(rows.map((r) => r.id).sort());
    expect(first.unreadCount).toBe(rows.length);
  });

  it('answers a smaller page with `limit`, the unread count still covering the whole company', async () => {
    const company = await createCompanyWithDomain();
    await storePendingMessage(company.id, { createdAt: minutesAgo(2) });
    const newest = await storePendingMessage(company.id, { createdAt: minutesAgo(1) });
    const body = await (await list(company.id, company.owner, '?limit=1')).json<OfflineMessageList>();
    expect(body.messages.map((m) => m.id)).toEqual([newest]);
    expect(body.unreadCount).toBe(2);
    expect(body.nextCursor).not.toBeNull();
    for (const bad of ['0', 'abc', String(PAGE_SIZE + 1)]) {
      expect((await list(company.id, company.owner, `?limit=${bad}`)).status).toBe(400);
    }
  });

  it('answers 400 to a cursor it did not make', async () => {
    const company = await createCompanyWithDomain();
    const res = await list(company.id, company.owner, '?cursor=nonsense');
    expect(res.status).toBe(400);
    expect((await res.json<{ error: { fields: object } }>()).error.fields).toHaveProperty('cursor');
  });
});

describe('PATCH /api/companies/:companyId/offline-messages/:id', () => {
  it('marks a message read and unread again, answering the new unread count', async () => {
    const company = await createCompanyWithDomain();
    const id = await storePendingMessage(company.id);
    const read = await patch(company.id, id, { read: true }, company.owner);
    expect(read.status).toBe(200);
    expect(await read.json<{ message: OfflineMessageView; unreadCount: number }>()).toMatchObject({
      message: { id, read: true },
      unreadCount: 0,
    });
    const unread = await (await patch(company.id, id, { read: false }, company.owner)).json<{
      message: OfflineMessageView;
      unreadCount: number;
    }>();
    expect(unread).toMatchObject({ message: { read: false }, unreadCount: 1 });
  });

  it("answers 404 for another company's message, even to a member of both companies' owners", async () => {
    const mine = await createCompanyWithDomain();
    const theirs = await createCompanyWithDomain();
    const theirMessage = await storePendingMessage(theirs.id);
    // Through my company's path: not my company's message.
    expect((await patch(mine.id, theirMessage, { read: true }, mine.owner)).status).toBe(404);
    // Through their path: not my company.
    expect((await patch(theirs.id, theirMessage, { read: true }, mine.owner)).status).toBe(404);
    const after = await (await list(theirs.id, theirs.owner)).json<OfflineMessageList>();
    expect(after.messages[0]!.read).toBe(false);
  });

  it('answers 400 naming `read` when it is not a boolean', async () => {
    const company = await createCompanyWithDomain();
    const id = await storePendingMessage(company.id);
    const res = await patch(company.id, id, { read: 'yes' }, company.owner);
    expect(res.status).toBe(400);
    expect((await res.json<{ error: { fields: object } }>()).error.fields).toHaveProperty('read');
  });
});
