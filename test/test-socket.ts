import type { OperatorClientFrame, OperatorServerFrame, VisitorClientFrame, VisitorServerFrame } from '../common/protocol';

/**
 * How long a test waits for a frame before failing. Only a failing test waits this long, so it is
 * generous: the suite shares two cores with other work.
 */
const WAIT_MS = 30_000;

/** The frame type {@link TestSocket.roundTrip} sends: no such type exists, so the room refuses it, naming it. */
const ROUND_TRIP = 'test-round-trip';

/** A test-side WebSocket that records every frame and lets a test wait for the ones it expects. */
export class TestSocket<In extends { type: string }, Out> {
  readonly frames: In[] = [];
  private cursor = 0;
  private waiters: (() => void)[] = [];
  private roundTrips = 0;
  private answered = 0;
  closeCode: number | null = null;
  readonly closed: Promise<number>;

  constructor(readonly ws: WebSocket) {
    let onClosed!: (code: number) => void;
    this.closed = new Promise((r) => (onClosed = r));
    ws.addEventListener('message', (e) => {
      const frame = JSON.parse(e.data as string) as In & { ref?: string };
      if (frame.type === 'error' && frame.ref === ROUND_TRIP) this.answered++;
      else this.frames.push(frame);
      this.wake();
    });
    ws.addEventListener('close', (e) => {
      this.closeCode = e.code;
      onClosed(e.code);
      this.wake();
    });
  }

  send(frame: Out): void {
    this.ws.send(JSON.stringify(frame));
  }

  sendRaw(data: string | ArrayBuffer): void {
    this.ws.send(data);
  }

  /** The next unread frame of `type` (frames of other types before it are skipped). */
  async next<T extends In['type']>(type: T, timeoutMs = WAIT_MS): Promise<Extract<In, { type: T }>> {
    return this.until((f): f is Extract<In, { type: T }> => f.type === type, timeoutMs, `a "${type}" frame`);
  }

  /** The next unread frame matching `match`. */
  async until<F extends In>(match: (f: In) => f is F, timeoutMs?: number, what?: string): Promise<F>;
  async until(match: (f: In) => boolean, timeoutMs?: number, what?: string): Promise<In>;
  async until(match: (f: In) => boolean, timeoutMs = WAIT_MS, what = 'a matching frame'): Promise<In> {
    let found: In | undefined;
    await this.waitUntil(
      () => {
        while (this.cursor < this.frames.length) {
          const f = this.frames[this.cursor++]!;
          if (match(f)) {
            found = f;
            return true;
          }
        }
        return false;
      },
      timeoutMs,
      what,
    );
    return found!;
  }

  /** Frames of `type` received so far. */
  all<T extends In['type']>(type: T): Extract<In, { type: T }>[] {
    return this.frames.filter((f) => f.type === type) as Extract<In, { type: T }>[];
  }

  /**
   * A round trip through the room: sends a frame it can only refuse and waits for the refusal.
   * The room handles a socket's frames one at a time, in order, and its replies leave in order,
   * so once the refusal is here every frame sent before it has been handled and whatever the room
   * sent this socket until then has arrived. (The runtime's ping/pong can't serve: the runtime
   * answers it at once, ahead of replies still held until the room's storage writes are durable.)
   * The refusal is not recorded as a frame, but it costs the socket one of its ABUSE_STRIKES.
   */
  async roundTrip(timeoutMs = WAIT_MS): Promise<void> {
    const want = ++this.roundTrips;
    this.sendRaw(JSON.stringify({ type: ROUND_TRIP }));
    await this.waitUntil(() => this.answered >= want, timeoutMs, 'the answer to a round trip');
  }

  close(): void {
    try {
      this.ws.close(1000, 'bye');
    } catch {
      // Already closed.
    }
  }

  /** Resolves once `done()` holds, checked on every frame; fails when the socket closes or time runs out. */
  private async waitUntil(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (done()) return;
      if (this.closeCode !== null)
        throw new Error(`socket closed (${this.closeCode}) while waiting for ${what}; got ${JSON.stringify(this.frames.slice(-5))}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.frames.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

export type VisitorSocket = TestSocket<VisitorServerFrame, VisitorClientFrame>;
export type OperatorSocket = TestSocket<OperatorServerFrame, OperatorClientFrame>;
