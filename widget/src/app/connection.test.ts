// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RECONNECT_MAX_MS } from '../../../common/protocol/client';
import { connect } from './connection';

/** A browser WebSocket as far as the connection uses it; the test plays the server's side. */
class PageSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static made: PageSocket[] = [];
  readyState = PageSocket.CONNECTING;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  constructor(readonly url: string) {
    PageSocket.made.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = PageSocket.CLOSED;
  }
}

/** A socket the loader opened, handed over open. */
const opened = (url: string) => Object.assign(new PageSocket(url), { readyState: PageSocket.OPEN });

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('WebSocket', PageSocket);
  PageSocket.made = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const hooks = () => ({ open: vi.fn(), frame: vi.fn(), down: vi.fn(), fatal: vi.fn() });

describe("the app's connection takes over the loader's socket (issue 17)", () => {
  it('says hello on it once the caller holds the connection, and hears its frames', async () => {
    const first = opened('wss://parley.test/api/widget/connect?key=k&visitor=v1');
    const h = hooks();
    const conn = connect(() => 'wss://elsewhere.test/', h, first as unknown as WebSocket);
    // Not yet: the caller's `const conn = connect(...)` must be assigned before its hello goes out.
    expect(h.open).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(h.open).toHaveBeenCalledOnce();
    expect(conn.send({ type: 'update', language: 'de' })).toBe(true);
    expect(first.sent).toEqual([JSON.stringify({ type: 'update', language: 'de' })]);
    first.onmessage!({ data: '{"type":"availability","state":"free","available":true,"offlineForm":false}' });
    expect(h.frame).toHaveBeenCalledWith({ type: 'availability', state: 'free', available: true, offlineForm: false });
    // It opened no socket of its own.
    expect(PageSocket.made).toEqual([first]);
  });

  it('reconnects through the URL callback when the socket closed while the app loaded, and when it drops later', async () => {
    const first = Object.assign(opened('wss://parley.test/gateway'), { readyState: PageSocket.CLOSED });
    const h = hooks();
    connect(() => 'wss://parley.test/room', h, first as unknown as WebSocket);
    await Promise.resolve();
    expect(h.open).not.toHaveBeenCalled();
    expect(h.down).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(RECONNECT_MAX_MS);
    const second = PageSocket.made.at(-1)!;
    expect(second.url).toBe('wss://parley.test/room');
    second.readyState = PageSocket.OPEN;
    second.onopen!();
    expect(h.open).toHaveBeenCalledOnce();

    second.onclose!({ code: 1006 });
    expect(h.down).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(RECONNECT_MAX_MS);
    expect(PageSocket.made).toHaveLength(3);
  });
});
