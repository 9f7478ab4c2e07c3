import type { OperatorServerFrame, OperatorStatus, PageInfo, VisitorServerFrame } from '../../common/protocol';
import type { Strikes } from '../visitor/frame-abuse';
import type { BudgetedFrame } from '../visitor/frame-budget';
import { needKey } from '../visitor/need-key';
import { sendText } from '../visitor/send-text';
import { addTo, removeFrom } from '../visitor/socket-index';

/**
 * A visitor socket's hibernation attachment (kept under 2 KB: page fields are clipped by the
 * protocol). `visitorId` is null until the `hello` frame arrives.
 */
export interface VisitorAttachment extends Strikes {
  role: 'visitor';
  /** The widget page's origin, checked again when the company's domains change (F13). */
  origin: string;
  /**
   * The member running the console's Test chat page (F8); null on a registered domain. Such a
   * socket stays while that user is a member, whatever the domains.
   */
  testChatUserId: string | null;
  userAgent: string;
  /** The caller's address, for the per-address socket cap (rebuilt from attachments on wake). */
  address: string;
  /** What is left of the socket's frame budgets (VISITOR_FRAME_BUDGETS), by frame type. */
  budgets: Partial<Record<BudgetedFrame, number>>;
  visitorId: string | null;
  language: string;
  category: string | null;
  page: PageInfo;
}

/** An operator socket's attachment: one console tab. `ready` once its `hello` was accepted. */
export interface OperatorAttachment extends Strikes {
  role: 'operator';
  operatorId: string;
  /** The console session that opened the tab: signing it out closes the socket (SPEC S). */
  sessionId: string;
  ready: boolean;
  status: OperatorStatus;
}

export type Attachment = VisitorAttachment | OperatorAttachment;

/** Ready visitor sockets sharing one need, and that need. */
export interface NeedGroup {
  language: string;
  category: string | null;
  sockets: Set<WebSocket>;
}

/** Sockets are tagged by role so a broadcast can pick visitors or operators (hibernation tags). */
export const VISITOR_TAG = 'visitor';
export const OPERATOR_TAG = 'operator';

/**
 * The room's open sockets indexed by visitor and operator. The maps are memory only: they are
 * rebuilt from `ctx.getWebSockets()` and each socket's attachment whenever the object wakes.
 */
export class SocketRegistry {
  private readonly attachments = new Map<WebSocket, Attachment>();
  private readonly byVisitor = new Map<string, Set<WebSocket>>();
  private readonly byOperator = new Map<string, Set<WebSocket>>();
  private readonly byAddress = new Map<string, Set<WebSocket>>();
  /** Ready visitor sockets by need, so availability is worked out once per need, not per socket. */
  private readonly byNeed = new Map<string, NeedGroup>();

  constructor(ctx: DurableObjectState) {
    for (const ws of ctx.getWebSockets()) {
      const attachment = ws.deserializeAttachment() as Attachment | null;
      if (attachment) this.index(ws, attachment);
    }
  }

  get(ws: WebSocket): Attachment | undefined {
    return this.attachments.get(ws);
  }

  /** Stores a socket's new state in its attachment (survives hibernation) and re-indexes it. */
  set(ws: WebSocket, attachment: Attachment): void {
    ws.serializeAttachment(attachment);
    this.unindex(ws);
    this.index(ws, attachment);
  }

  remove(ws: WebSocket): Attachment | undefined {
    const attachment = this.attachments.get(ws);
    this.unindex(ws);
    return attachment;
  }

  visitorSockets(visitorId: string): WebSocket[] {
    return [...(this.byVisitor.get(visitorId) ?? [])];
  }

  /** How many visitor sockets, ready or not, are open from an address. */
  visitorSocketsFrom(address: string): number {
    return this.byAddress.get(address)?.size ?? 0;
  }

  operatorSockets(operatorId: string): WebSocket[] {
    return [...(this.byOperator.get(operatorId) ?? [])];
  }

  /** Ready operator sockets (their hello was accepted), with their attachments. */
  *operators(): Iterable<[WebSocket, OperatorAttachment]> {
    for (const set of this.byOperator.values()) {
      for (const ws of set) {
        const a = this.attachments.get(ws);
        if (a?.role === 'operator' && a.ready) yield [ws, a];
      }
    }
  }

  /** Visitor sockets that completed their hello. */
  *visitors(): Iterable<[WebSocket, VisitorAttachment & { visitorId: string }]> {
    for (const set of this.byVisitor.values()) {
      for (const ws of set) {
        const a = this.attachments.get(ws);
        if (a?.role === 'visitor' && a.visitorId !== null) yield [ws, a as VisitorAttachment & { visitorId: string }];
      }
    }
  }

  /** Ready visitor sockets grouped by need (language, category). */
  needs(): Iterable<[string, NeedGroup]> {
    return this.byNeed.entries();
  }

  /** How many ready visitor sockets share a need. */
  visitorsWithNeed(key: string): number {
    return this.byNeed.get(key)?.sockets.size ?? 0;
  }

  /** Every socket with its attachment, ready or not. */
  all(): [WebSocket, Attachment][] {
    return [...this.attachments];
  }

  private index(ws: WebSocket, a: Attachment): void {
    this.attachments.set(ws, a);
    if (a.role === 'visitor' && a.visitorId !== null) {
      addTo(this.byVisitor, a.visitorId, ws);
      const key = needKey(a.language, a.category);
      const group = this.byNeed.get(key);
      if (group) group.sockets.add(ws);
      else this.byNeed.set(key, { language: a.language, category: a.category, sockets: new Set([ws]) });
    }
    if (a.role === 'visitor') addTo(this.byAddress, a.address, ws);
    if (a.role === 'operator' && a.ready) addTo(this.byOperator, a.operatorId, ws);
  }

  private unindex(ws: WebSocket): void {
    const a = this.attachments.get(ws);
    this.attachments.delete(ws);
    if (a?.role === 'visitor' && a.visitorId !== null) {
      removeFrom(this.byVisitor, a.visitorId, ws);
      const key = needKey(a.language, a.category);
      const group = this.byNeed.get(key);
      group?.sockets.delete(ws);
      if (group?.sockets.size === 0) this.byNeed.delete(key);
    }
    if (a?.role === 'visitor') removeFrom(this.byAddress, a.address, ws);
    if (a?.role === 'operator') removeFrom(this.byOperator, a.operatorId, ws);
  }
}

/** Sends one frame to visitor sockets; sockets already closing are skipped (their close event cleans up). */
export function toVisitors(sockets: Iterable<WebSocket>, frame: VisitorServerFrame): void {
  sendText(sockets, JSON.stringify(frame));
}

/** Sends one frame to operator sockets, like `toVisitors`. */
export function toOperators(sockets: Iterable<WebSocket>, frame: OperatorServerFrame): void {
  sendText(sockets, JSON.stringify(frame));
}

/** Sends a frame both roles read (a chat message) to operator and visitor sockets, serialised once. */
export function toOperatorsAndVisitors(
  operators: Iterable<WebSocket>,
  visitors: Iterable<WebSocket>,
  frame: OperatorServerFrame & VisitorServerFrame,
): void {
  const text = JSON.stringify(frame);
  sendText(operators, text);
  sendText(visitors, text);
}
