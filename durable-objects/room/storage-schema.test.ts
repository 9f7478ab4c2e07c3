import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { roomOf } from '../../test/realtime';
import { ChatStore } from './chat-store';
import { MIGRATIONS, migrate, VERSION_KEY } from './storage-schema';
import { COMPANY_ONLY_TABLES, VISITOR_TABLES } from './visitor-data';

const VISITOR = { page: { url: 'https://shop.example/', title: 'Shop', referrer: '' }, userAgent: 'TestBrowser/1.0' };

describe('room storage schema', () => {
  it('is created with the room and applied once: a restart keeps the tables and their rows', async () => {
    await runInDurableObject(roomOf({ id: `schema-${randomId()}` }), (_, state) => {
      expect(state.storage.kv.get(VERSION_KEY)).toBe(MIGRATIONS.length);
      const tables = state.storage.sql
        .exec<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'`)
        .toArray();
      expect(tables.map((t) => t.name).sort()).toEqual([
        'attachments',
        'chat_events',
        'chat_receipts',
        'chats',
        'messages',
        'operator_load',
        'rate_hits',
        'revoked_sessions',
        'visitors',
      ]);
      // Data ends (SPEC S): a new table must say whether it holds visitor data (erased per visitor and by retention).
      expect(tables.map((t) => t.name).sort()).toEqual([...VISITOR_TABLES, ...COMPANY_ONLY_TABLES].sort());

      const store = new ChatStore(state.storage);
      store.createChat({ id: 'c1', visitorId: 'v1', language: 'en', category: null, visitor: VISITOR, now: 1, test: false });
      store.messages.append('c1', { author: 'visitor', operatorId: null, clientId: 'a', text: 'hello', now: 2 });
      // What the constructor does after a restart: nothing is re-created, nothing is lost.
      migrate(state.storage);
      const restarted = new ChatStore(state.storage);
      expect(restarted.messages.timeline('c1').map((m) => [m.seq, m.clientId, m.text])).toEqual([[1, 'a', 'hello']]);
      expect(restarted.messages.append('c1', { author: 'visitor', operatorId: null, clientId: 'a', text: 'hello', now: 3 })).toMatchObject({
        duplicate: true,
        message: { seq: 1 },
      });
      expect(
        restarted.messages.append('c1', { author: 'visitor', operatorId: null, clientId: 'b', text: 'again', now: 4 }).message.seq,
      ).toBe(2);
    });
  });
});
