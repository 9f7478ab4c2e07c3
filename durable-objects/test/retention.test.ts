import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chatEvents, chatFacts } from '../../db/schema';
import { apiFetch, db } from '../../test/helpers';
import { connectOperator, connectVisitor, roomOf, setupCompany, visitorSays } from '../../test/realtime';
import type { CompanyRoom } from '../company-room';
import { DAY_MS, RETENTION_BATCH_MS } from '../room/retention';

/** The chats D1 keeps report rows of (F22): by their events and by their facts. */
async function reportedChats(companyId: string) {
  const events = await db().select({ chatId: chatEvents.chatId }).from(chatEvents).where(eq(chatEvents.companyId, companyId));
  const facts = await db().select({ chatId: chatFacts.chatId }).from(chatFacts).where(eq(chatFacts.companyId, companyId));
  return { events: [...new Set(events.map((e) => e.chatId))].sort(), facts: facts.map((f) => f.chatId).sort() };
}

const NO_FILTERS = { q: '', visitor: '', from: null, to: null, status: '', rating: '', cursor: '' } as const;

describe('retention (SPEC S)', () => {
  it("deletes closed chats older than the company's setting, with their messages, visitors and D1 report rows, by the room's alarm", async () => {
    const company = await setupCompany();
    const op = await connectOperator(company, company.owner);
    const res = await apiFetch(`/api/companies/${company.id}`, { method: 'PATCH', user: company.owner, body: { retentionDays: 30 } });
    expect(res.status).toBe(200);
    expect((await res.json<{ retentionDays: number }>()).retentionDays).toBe(30);

    const gone = await connectVisitor(company);
    const { chatId: oldChat } = await visitorSays(gone, 'Old question');
    await op.next('chat');
    gone.send({ type: 'close' });
    await gone.until((f) => f.type === 'closed' && f.chatId === oldChat);
    // Still open: an open chat is never swept, however old.
    const staying = await connectVisitor(company);
    const { chatId: openChat } = await visitorSays(staying, 'Still talking');

    const room = roomOf(company);
    const before = await room.history(NO_FILTERS);
    const createdAt = before.chats.find((c) => c.id === oldChat)!.startedAt;
    // The first alarm flushes the chats' lifecycle events to D1 (F22); after it only retention is due.
    expect(await runDurableObjectAlarm(room)).toBe(true);
    const both = [oldChat, openChat].sort();
    expect(await reportedChats(company.id)).toEqual({ events: both, facts: both });
    await runInDurableObject(room, async (instance: CompanyRoom, state) => {
      // The alarm waits for the closed chat's 30 days, not the grace of anyone.
      expect(await state.storage.getAlarm()).toBe(createdAt + 30 * DAY_MS + RETENTION_BATCH_MS);
      // Ran early, the sweep keeps a chat that is not old yet.
      instance.clock = () => createdAt + 29 * DAY_MS;
    });
    expect(await runDurableObjectAlarm(room)).toBe(true);
    expect((await room.history(NO_FILTERS)).chats.map((c) => c.id).sort()).toEqual(both);
    expect(await reportedChats(company.id)).toEqual({ events: both, facts: both });

    await runInDurableObject(room, (instance: CompanyRoom) => {
      instance.clock = () => createdAt + 30 * DAY_MS + RETENTION_BATCH_MS;
    });
    expect(await runDurableObjectAlarm(room)).toBe(true);
    expect((await room.history(NO_FILTERS)).chats.map((c) => c.id)).toEqual([openChat]);
    expect(await room.chat(oldChat)).toBeNull();
    // Its events and facts in D1 went with it: reports no longer count it.
    expect(await reportedChats(company.id)).toEqual({ events: [openChat], facts: [openChat] });
    await runInDurableObject(room, (_instance, state) => {
      const messages = state.storage.sql.exec(`SELECT chat_id FROM messages`).toArray();
      expect([...new Set(messages.map((m) => m.chat_id))]).toEqual([openChat]);
      const visitors = state.storage.sql.exec(`SELECT visitor_id FROM visitors`).toArray();
      expect(visitors.map((v) => v.visitor_id)).toEqual([staying.visitorId]);
    });
  });
});
