import { describe, expect, it } from 'vitest';
import { freshSaved, type Saved, type SavedChat } from './saved';
import { needsRoom, socketUrl } from './socket-target';

const chat: SavedChat = { id: 'c1', status: 'active', operator: null, queuePosition: null, waitEstimateSeconds: null, contactEmail: null };
const saved = (over: Partial<Saved> = {}): Saved => ({ ...freshSaved('v1', 's1'), ...over });

describe('which socket the widget needs (issue 17)', () => {
  it('is the gateway without a chat or a waiting message', () => {
    expect(needsRoom(saved())).toBe(false);
  });

  it('is the room while a message waits to start a chat, and while a chat is open', () => {
    expect(needsRoom(saved({ outbox: [{ clientId: 'a', text: 'hi', at: 1 }] }))).toBe(true);
    expect(needsRoom(saved({ chat }))).toBe(true);
  });

  it('stays the room after the end until the server said it asks for no rating, or it was rated', () => {
    // Guessed on a reload: the room's `closed` frame with the reason and the rating follows on that socket.
    expect(needsRoom(saved({ chat, ended: { reason: 'closed', offlineForm: false } }))).toBe(true);
    expect(needsRoom(saved({ chat, ended: { reason: 'closed', offlineForm: false, rate: true } }))).toBe(true);
    expect(needsRoom(saved({ chat, ended: { reason: 'closed', offlineForm: true, rate: false } }))).toBe(false);
  });

  it('is the room again for a message typed under an ended chat', () => {
    const ended = { reason: 'closed', offlineForm: false, rate: false } as const;
    expect(needsRoom(saved({ chat, ended, outbox: [{ clientId: 'a', text: 'again', at: 1 }] }))).toBe(true);
  });
});

describe('the socket URL', () => {
  it("names the visitor, so the worker picks the visitor's gateway, and asks for the room with chat=1", () => {
    expect(socketUrl('https://parley.test/', 'pk 1', 'v1', false)).toBe('wss://parley.test/api/widget/connect?key=pk%201&visitor=v1');
    expect(socketUrl('http://localhost:8787/', 'pk1', 'v1', true)).toBe('ws://localhost:8787/api/widget/connect?key=pk1&visitor=v1&chat=1');
  });
});
