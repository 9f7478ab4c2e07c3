import type { Strikes } from '../visitor/frame-abuse';
import type { BudgetedFrame } from '../visitor/frame-budget';
import { needKey } from '../visitor/need-key';
import { addTo, removeFrom } from '../visitor/socket-index';

/**
 * A gateway socket's hibernation attachment: only what the gateway serves (an idle widget's need)
 * and limits. No secret, no page: the gateway shows only public things and starts no chat.
 */
export interface GatewayAttachment extends Strikes {
  role: 'visitor';
  /** The widget page's origin, checked again when the company's domains change (F13). */
  origin: string;
  /** The caller's address, for the per-address socket cap and abuse cooldown. */
  address: string;
  /** What is left of the socket's frame budgets (VISITOR_FRAME_BUDGETS), by frame type. */
  budgets: Partial<Record<BudgetedFrame, number>>;
  /** Null until the `hello` frame arrives. */
  visitorId: string | null;
  language: string;
  category: string | null;
}

/**
 * A gateway's open sockets, indexed by need (so one availability frame per need is serialised
 * once and sent to that need's sockets), by address (the per-address cap) and by visitor. Memory
 * only: built from the sockets' attachments whenever the object wakes, nothing else.
 */
export class GatewaySockets {
  private readonly attachments = new Map<WebSocket, GatewayAttachment>();
  private readonly byNeed = new Map<string, Set<WebSocket>>();
  private readonly byAddress = new Map<string, Set<WebSocket>>();
  private readonly byVisitor = new Map<string, Set<WebSocket>>();

  constructor(open: Iterable<[WebSocket, GatewayAttachment | null]>) {
    for (const [ws, a] of open) if (a) this.index(ws, a);
  }

  get(ws: WebSocket): GatewayAttachment | undefined {
    return this.attachments.get(ws);
  }

  /** Stores a socket's new state in its attachment (survives hibernation) and re-indexes it. */
  set(ws: WebSocket, attachment: GatewayAttachment): void {
    ws.serializeAttachment(attachment);
    this.unindex(ws);
    this.index(ws, attachment);
  }

  remove(ws: WebSocket): GatewayAttachment | undefined {
    const a = this.attachments.get(ws);
    this.unindex(ws);
    return a;
  }

  /** Open sockets, ready or not. */
  get size(): number {
    return this.attachments.size;
  }

  /** Ready sockets with the need `needKey(language, category)`. */
  withNeed(key: string): ReadonlySet<WebSocket> {
    return this.byNeed.get(key) ?? new Set();
  }

  /** Ready sockets, each once. */
  *ready(): Iterable<WebSocket> {
    for (const set of this.byNeed.values()) yield* set;
  }

  /** How many sockets, ready or not, are open from an address. */
  fromAddress(address: string): number {
    return this.byAddress.get(address)?.size ?? 0;
  }

  visitorSockets(visitorId: string): WebSocket[] {
    return [...(this.byVisitor.get(visitorId) ?? [])];
  }

  /** Every socket with its attachment. */
  all(): [WebSocket, GatewayAttachment][] {
    return [...this.attachments];
  }

  private index(ws: WebSocket, a: GatewayAttachment): void {
    this.attachments.set(ws, a);
    addTo(this.byAddress, a.address, ws);
    if (a.visitorId === null) return;
    addTo(this.byNeed, needKey(a.language, a.category), ws);
    addTo(this.byVisitor, a.visitorId, ws);
  }

  private unindex(ws: WebSocket): void {
    const a = this.attachments.get(ws);
    if (!a) return;
    this.attachments.delete(ws);
    removeFrom(this.byAddress, a.address, ws);
    if (a.visitorId === null) return;
    removeFrom(this.byNeed, needKey(a.language, a.category), ws);
    removeFrom(this.byVisitor, a.visitorId, ws);
  }
}
