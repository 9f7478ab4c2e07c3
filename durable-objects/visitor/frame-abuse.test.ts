import { runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { randomId } from '../../common/ids';
import { ABUSE_COOLDOWN_MS, ABUSE_STRIKES } from '../../common/protocol';
import { roomOf } from '../../test/realtime';
import { FrameAbuse, type Strikes } from './frame-abuse';
import { errorFrame } from './frames';

type Attachment = Strikes & { role: string; address: string };

describe('frame abuse cooldowns', () => {
  it('are known to a new instance (a wake), end on time, and touch only the closed address', async () => {
    await runInDurableObject(roomOf({ id: `abuse-${randomId()}` }), (_, state) => {
      const book = new Map<WebSocket, Attachment>();
      const abuse = new FrameAbuse(state.storage.sql, book);
      const now = 1_000_000;
      const address = '198.51.100.7';
      expect(abuse.cooledUntil(address, now)).toBeNull();

      const server = new WebSocketPair()[1];
      server.accept();
      book.set(server, { role: 'visitor', address, strikes: ABUSE_STRIKES - 1, strikeWindowStart: now });
      abuse.reject(server, errorFrame('bad_frame', 'Bad frame.'), now);
      const end = now + ABUSE_COOLDOWN_MS;
      expect(abuse.cooledUntil(address, now + 1)).toBe(end);

      const woken = new FrameAbuse(state.storage.sql, book);
      expect(woken.cooledUntil(address, now + 1)).toBe(end);
      expect(woken.cooledUntil('198.51.100.8', now + 1)).toBeNull();
      expect(woken.cooledUntil(address, end)).toBeNull();
    });
  });
});
