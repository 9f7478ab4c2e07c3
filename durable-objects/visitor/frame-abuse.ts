import { ABUSE_COOLDOWN_MS, ABUSE_MEMORY_MS, ABUSE_STRIKES, ABUSE_WINDOW_MS, CLOSE_CODES, type ErrorFrame } from '../../common/protocol';
import { abuseCooldownMs } from './abuse-cooldown';
import { sendError } from './send-text';
import { StoredWindow } from './stored-window';

/** Limits-and-abuse bookkeeping carried by every socket's attachment. */
export interface Strikes {
  strikes: number;
  strikeWindowStart: number;
}

/** A socket's attachment as abuse reads it: a visitor's carries the address its cooldown is for. */
type Struck = Strikes & { role: string; address?: string };

/** Where an object keeps its sockets' attachments (in their hibernation attachments). */
export interface StrikeBook<A extends Struck> {
  get(ws: WebSocket): A | undefined;
  set(ws: WebSocket, attachment: A): void;
}

/**
 * Rejected frames: each is answered, and a socket that keeps sending bad ones is closed; a
 * visitor's address then stays out for a cooldown that doubles each time it comes back and is
 * closed again (abuse-cooldown.ts), kept across hibernation.
 */
export class FrameAbuse<A extends Struck> {
  private readonly cooldowns: StoredWindow;
  /** The address's closes for abuse within ABUSE_MEMORY_MS, which set the length of its next cooldown. */
  private readonly closes: StoredWindow;
  /**
   * When the last cooldown of any address ends (read once a wake, then kept): until then an
   * upgrade asks the storage; after it, none is cooling down and every upgrade skips the read.
   */
  private lastCooldownEnd: number;

  constructor(
    sql: SqlStorage,
    private readonly sockets: StrikeBook<A>,
  ) {
    this.cooldowns = new StoredWindow(sql, () => 1, ABUSE_COOLDOWN_MS);
    this.closes = new StoredWindow(sql, () => Number.POSITIVE_INFINITY, ABUSE_MEMORY_MS);
    this.lastCooldownEnd =
      sql.exec<{ end: number | null }>(`SELECT MAX(expires_at) AS end FROM rate_hits WHERE key LIKE ?`, abuseKey('%')).one().end ?? 0;
  }

  /**
   * When the address's cooldown (after one of its sockets was closed for abuse) ends, or null
   * when it has none. Only reads: a flood of refused upgrades writes nothing.
   */
  cooledUntil(address: string, now: number): number | null {
    if (now >= this.lastCooldownEnd) return null;
    return this.cooldowns.refusedUntil(abuseKey(address), now);
  }

  /** Answers a rejected frame; a socket that keeps sending bad frames is closed. */
  reject(ws: WebSocket, error: ErrorFrame, now: number): void {
    sendError(ws, error);
    const a = this.sockets.get(ws);
    if (!a) return;
    const fresh = now - a.strikeWindowStart > ABUSE_WINDOW_MS;
    const next = { ...a, strikes: fresh ? 1 : a.strikes + 1, strikeWindowStart: fresh ? now : a.strikeWindowStart };
    this.sockets.set(ws, next);
    if (next.strikes < ABUSE_STRIKES) return;
    ws.close(CLOSE_CODES.abuse, 'too many rejected frames');
    if (next.role === 'visitor' && next.address !== undefined) this.coolDown(next.address, now);
  }

  private coolDown(address: string, now: number): void {
    const closesKey = `abuse-closes:${address}`;
    const earlier = this.closes.count(closesKey, now);
    this.closes.hit(closesKey, now);
    const end = now + abuseCooldownMs(earlier);
    this.cooldowns.record(abuseKey(address), now, end);
    this.lastCooldownEnd = Math.max(this.lastCooldownEnd, end);
  }
}

/** The rate_hits key of an address in its abuse cooldown (apart from its new-chat hits, keyed by the bare address). */
function abuseKey(address: string): string {
  return `abuse:${address}`;
}
