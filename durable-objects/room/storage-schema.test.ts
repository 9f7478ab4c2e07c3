import { env, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { ChatStore } from './chat-store';
import { migrate, MIGRATIONS, VERSION_KEY } from './storage-schema';

const TABLES = ['messages', 'chats', 'visitors', 'operator_load'];

describe('room storage migrations', () => {
  it('moves chats and messages stored under the second schema to the latest, and carries on their seqs', async () => {
    const room = env.COMPANY_ROOM.get(env.COMPANY_ROOM.idFromName(`schema-${randomId()}`));
    await runInDurableObject(room, (_, state) => {
      const { sql, kv } = state.storage;
      // Put the room back to schema 2 with data in it, as a room stored before the latest migration.
      for (const table of TABLES) sql.exec(`DROP TABLE IF EXISTS ${table}`);
      for (const statements of MIGRATIONS.slice(0, 2)) for (const statement of statements) sql.exec(statement);
      kv.put(VERSION_KEY, 2);
      sql.exec(`INSERT INTO chats (id, visitor_id, status, operator_id, language, visitor, created_at, last_seq) VALUES ('c1', 'v1', 'active', 'op', 'en', ?, 1, 3)`, JSON.stringify({ page: { url: '', title: '', referrer: '' }, userAgent: '' }));
      sql.exec(
        `INSERT INTO messages (chat_id, seq, author, operator_id, client_id, text, at) VALUES
          ('c1', 1, 'visitor', NULL, 'a', 'hello', 1), ('c1', 2, 'operator', 'op', 'b', 'hi', 2), ('c1', 3, 'note', 'op', 'c', 'vip', 3)`,
      );

      migrate(state.storage);
      expect(kv.get(VERSION_KEY)).toBe(MIGRATIONS.length);
      const store = new ChatStore(state.storage);
      expect(store.timeline('c1').map((m) => [m.seq, m.author, m.clientId, m.text])).toEqual([
        [1, 'visitor', 'a', 'hello'],
        [2, 'operator', 'b', 'hi'],
        [3, 'note', 'c', 'vip'],
      ]);
      // A resend is still recognised, and the next message follows the stored ones.
      expect(store.append('c1', { author: 'operator', operatorId: 'op', clientId: 'b', text: 'hi', now: 4 })).toMatchObject({ duplicate: true, message: { seq: 2 } });
      expect(store.append('c1', { author: 'visitor', operatorId: null, clientId: 'd', text: 'thanks', now: 5 }).message.seq).toBe(4);
    });
  });
});
