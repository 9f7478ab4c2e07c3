// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CLOSE_CODES, type OperatorServerFrame } from '../../../../common/protocol';
import { type ConnectionState, createChatSocket } from './chat-socket';

/** A stand-in for the browser's WebSocket that the test drives by hand. */
class FakeSocket {
  static OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(frame: unknown) {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

const welcome: OperatorServerFrame = {
  type: 'welcome',
  protocol: 1,
  operatorId: 'op',
  status: 'online',
  config: {
    maxChatsPerOperator: 3,
    offlineFormEnabled: false,
    categoriesEnabled: false,
    languages: [],
    categories: [],
    fastResponses: [],
    operators: [],
  },
  chats: [],
  presence: [],
  queueLength: 0,
};

describe('createChatSocket', () => {
  let states: ConnectionState[];
  let frames: OperatorServerFrame[];
  let resume: { chatId: string; lastSeq: number }[];

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeSocket);
    FakeSocket.all = [];
    states = [];
    frames = [];
    resume = [];
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const start = () =>
    createChatSocket({
      url: 'ws://x/api/companies/c/connect',
      hello: () => ({ type: 'hello', protocol: 1, status: 'online', resume }),
      onFrame: (f) => frames.push(f),
      onState: (s) => states.push(s),
    });
  const last = () => FakeSocket.all.at(-1)!;

  test('says hello on open and only sends frames once welcomed', () => {
    const socket = start();
    last().open();
    expect(JSON.parse(last().sent[0]!)).toMatchObject({ type: 'hello', resume: [] });
    expect(socket.send({ type: 'status', status: 'away' })).toBe(false);
    last().receive(welcome);
    expect(states).toEqual(['connecting', 'open']);
    expect(socket.send({ type: 'status', status: 'away' })).toBe(true);
    socket.dispose();
  });

  test('ignores malformed frames and pongs', () => {
    const socket = start();
    last().open();
    last().receive('{"type":"pong"}');
    last().receive('not json');
    last().receive({ type: 'message', chatId: 'c' });
    last().receive(welcome);
    expect(frames.map((f) => f.type)).toEqual(['welcome']);
    socket.dispose();
  });

  test('reconnects with backoff and resumes what the page shows at that moment', () => {
    const socket = start();
    last().open();
    last().receive(welcome);
    resume = [{ chatId: 'chat-1', lastSeq: 7 }];
    last().drop();
    expect(states.at(-1)).toBe('reconnecting');
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(600);
    expect(FakeSocket.all).toHaveLength(2);
    last().open();
    expect(JSON.parse(last().sent[0]!)).toEqual({
      type: 'hello',
      protocol: 1,
      status: 'online',
      resume: [{ chatId: 'chat-1', lastSeq: 7 }],
    });
    socket.dispose();
  });

  test('waits longer after each failed attempt', () => {
    const socket = start();
    last().drop();
    vi.advanceTimersByTime(500);
    expect(FakeSocket.all).toHaveLength(2);
    last().drop();
    vi.advanceTimersByTime(400);
    expect(FakeSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(700);
    expect(FakeSocket.all).toHaveLength(3);
    socket.dispose();
  });

  test('stops when the membership is revoked', () => {
    const socket = start();
    last().open();
    last().drop(CLOSE_CODES.revoked);
    vi.advanceTimersByTime(60_000);
    expect(states.at(-1)).toBe('revoked');
    expect(FakeSocket.all).toHaveLength(1);
    socket.dispose();
  });

  test('a silent line is abandoned and replaced', () => {
    const socket = start();
    last().open();
    last().receive(welcome);
    vi.advanceTimersByTime(20_000);
    expect(last().sent.at(-1)).toBe('{"type":"ping"}');
    vi.advanceTimersByTime(40_000);
    expect(states.at(-1)).toBe('reconnecting');
    vi.advanceTimersByTime(600);
    expect(FakeSocket.all).toHaveLength(2);
    socket.dispose();
  });

  test('retryNow skips the wait; dispose stops for good', () => {
    const socket = start();
    last().drop();
    socket.retryNow();
    expect(FakeSocket.all).toHaveLength(2);
    socket.dispose();
    last().drop();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(2);
  });
});
