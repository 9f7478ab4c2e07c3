import { operatorLimit } from '../../common/plans/limits';
import {
  type Availability,
  type CloseReason,
  MAX_QUEUE_LENGTH,
  OPERATOR_GRACE_MS,
  type PresenceEntry,
  VISITOR_GRACE_MS,
} from '../../common/protocol';
import {
  chooseOperator,
  drainQueue,
  isAvailable,
  type Need,
  type OperatorLoad,
  operatorsAllowedOnline,
  type RoutingSettings,
  shouldQueue,
} from '../routing/routing';
import type { ChatRow, ChatStore } from './chat-store';
import type { ConfigSnapshot } from './config-snapshot';
import { retentionDeadline } from './retention';
import { type SocketRegistry, sendText, toOperators, toVisitors } from './sockets';
import { operatorChat, operatorPublic } from './views';
import { WaitingLists } from './waiting-list';

/**
 * Carries out routing decisions (F10) and keeps every socket told: assignment, queue positions,
 * availability (F9), presence, grace and reassignment. Decisions come from the pure routing module.
 */
export class Dispatcher {
  /** What each socket was last told, so pushes go out only on change. */
  private readonly lastAvailability = new WeakMap<WebSocket, string>();
  private readonly lastQueuePosition = new Map<string, number>();
  private lastPresence = '';
  private lastQueueLength = -1;
  private readonly waitingLists = new WaitingLists();

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly store: ChatStore,
    private readonly sockets: SocketRegistry,
    private readonly config: () => ConfigSnapshot,
  ) {}

  routingSettings(): RoutingSettings {
    const { settings } = this.config();
    return { maxChatsPerOperator: settings.maxChatsPerOperator, categoriesEnabled: settings.categoriesEnabled };
  }

  /** Whether the plan's operator limit lets this operator go online (F15). */
  mayGoOnline(operatorId: string): boolean {
    const { members, settings } = this.config();
    const limit = operatorLimit({
      planOperators: settings.planOperators,
      paidUntil: settings.paidUntil === null ? null : new Date(settings.paidUntil),
    });
    return operatorsAllowedOnline(members, limit).has(operatorId);
  }

  /** Every member's load, derived from their sockets and the open chats. */
  loads(): OperatorLoad[] {
    const config = this.config();
    const active = this.store.activeChatCounts();
    const status = new Map<string, 'online' | 'away'>();
    for (const [, a] of this.sockets.operators()) if (status.get(a.operatorId) !== 'online') status.set(a.operatorId, a.status);
    const lastAssigned = this.store.lastAssigned();
    return config.members.map((m) => ({
      id: m.id,
      status: status.get(m.id) ?? 'offline',
      destinations: config.destinations[m.id] ?? { languages: [], categories: [] },
      activeChats: active.get(m.id) ?? 0,
      lastAssignedAt: lastAssigned.get(m.id) ?? 0,
    }));
  }

  availability(need: Need, loads = this.loads()): Availability {
    return { available: isAvailable(loads, need, this.routingSettings()), offlineForm: this.config().settings.offlineFormEnabled };
  }

  /** Routes a new chat: to a free operator, else into the queue, else closed with the offline form offered. */
  route(chat: ChatRow, now: number): void {
    const loads = this.loads();
    const need = { language: chat.language, category: chat.category };
    const op = chooseOperator(loads, need, this.routingSettings());
    if (op) return this.assign(chat, op.id, now);
    // Past the queue cap a new chat is refused like with nobody online (the offline form is offered).
    if (shouldQueue(loads, need, this.routingSettings()) && this.store.queueLength() < MAX_QUEUE_LENGTH) {
      this.store.enqueue(chat.id, now);
      return;
    }
    this.close(chat, 'system', 'no_operator', now);
  }

  /** Gives a chat to an operator with its whole history; a previous operator is told it left them. */
  assign(chat: ChatRow, operatorId: string, now: number, previous?: { operatorId: string; reason: 'transferred' | 'reassigned' }): void {
    this.store.assign(chat.id, operatorId, now);
    this.lastQueuePosition.delete(chat.id);
    const assigned = { ...chat, status: 'active' as const, operatorId, graceUntil: null };
    if (previous)
      toOperators(this.sockets.operatorSockets(previous.operatorId), { type: 'unassigned', chatId: chat.id, reason: previous.reason });
    toOperators(this.sockets.operatorSockets(operatorId), {
      type: 'chat',
      chat: operatorChat(this.store, assigned, this.sockets.visitorSockets(chat.visitorId).length > 0),
    });
    toVisitors(this.sockets.visitorSockets(chat.visitorId), {
      type: 'assigned',
      chatId: chat.id,
      operator: operatorPublic(this.config(), operatorId),
    });
  }

  /** Whether a visitor whose chat ended for `reason` is offered the offline form: not after a normal close (F14). */
  offersOfflineForm(reason: CloseReason): boolean {
    return reason !== 'closed' && this.config().settings.offlineFormEnabled;
  }

  close(chat: ChatRow, by: 'visitor' | 'operator' | 'system', reason: CloseReason, now: number): void {
    this.store.close(chat.id, by, reason, now);
    this.lastQueuePosition.delete(chat.id);
    toVisitors(this.sockets.visitorSockets(chat.visitorId), {
      type: 'closed',
      chatId: chat.id,
      by,
      reason,
      offlineForm: this.offersOfflineForm(reason),
    });
    if (chat.operatorId) toOperators(this.sockets.operatorSockets(chat.operatorId), { type: 'closed', chatId: chat.id, by, reason });
    // A closed chat may now be the oldest one retention waits for.
    this.ctx.waitUntil(this.scheduleAlarm());
  }

  /**
   * Brings everyone up to date after any change that may free capacity or change who is
   * available: assigns queued chats in order, then pushes queue positions, each operator tab's list
   * of waiting chats it serves, availability and presence.
   */
  settle(now: number): void {
    const queued = this.store.queuedChats();
    const byId = new Map(queued.map((c) => [c.id, c]));
    const plan = drainQueue(
      queued.map((c) => ({ chatId: c.id, need: { language: c.language, category: c.category } })),
      this.loads(),
      this.routingSettings(),
      now,
    );
    for (const a of plan) this.assign(byId.get(a.chatId)!, a.operatorId, now);
    const assigned = new Set(plan.map((a) => a.chatId));
    const waiting = queued.filter((c) => !assigned.has(c.id));
    this.pushQueue(waiting);
    const loads = this.loads();
    this.waitingLists.push(this.sockets.operators(), loads, waiting, this.routingSettings());
    this.pushAvailability(loads);
    this.pushPresence(loads);
  }

  /** An operator's last tab closed: their chats wait OPERATOR_GRACE_MS for them to come back (F10). */
  async operatorGone(operatorId: string, now: number): Promise<void> {
    if (this.store.startGrace(operatorId, now + OPERATOR_GRACE_MS) > 0) await this.scheduleAlarm();
  }

  /** The operator is back within the grace period: their chats stay with them. */
  operatorBack(operatorId: string): void {
    this.store.clearGrace(operatorId);
  }

  /**
   * A queued chat's visitor has no tab left: it keeps its place for VISITOR_GRACE_MS (a reload
   * or a navigation), then leaves the queue so no operator is handed a chat nobody is in.
   */
  async visitorGone(chat: ChatRow, now: number): Promise<void> {
    if (chat.status !== 'queued') return;
    this.store.startVisitorGrace(chat.id, now + VISITOR_GRACE_MS);
    await this.scheduleAlarm();
  }

  /** The visitor is back within the grace period: the chat keeps its place in the queue. */
  visitorBack(chat: ChatRow): void {
    if (chat.status === 'queued' && chat.graceUntil !== null) this.store.clearVisitorGrace(chat.id);
  }

  /**
   * Handles the grace periods that ran out. An operator's chats move to another free operator
   * with their history, or, when nobody is free, end with the offline form offered; a gone
   * visitor's queued chat ends, and the chats behind it move up.
   */
  async expireGrace(now: number): Promise<void> {
    for (const chat of this.store.graceExpired(now)) {
      if (chat.operatorId && this.sockets.operatorSockets(chat.operatorId).length > 0) {
        this.store.clearGrace(chat.operatorId);
        continue;
      }
      this.release(chat, now);
    }
    for (const chat of this.store.visitorGraceExpired(now)) {
      if (this.sockets.visitorSockets(chat.visitorId).length > 0) this.store.clearVisitorGrace(chat.id);
      else this.close(chat, 'system', 'visitor_left', now);
    }
    this.settle(now);
    await this.scheduleAlarm();
  }

  /** Takes a chat from its operator at once (they are gone or were removed from the company). */
  release(chat: ChatRow, now: number): void {
    const need = { language: chat.language, category: chat.category };
    const exclude = new Set(chat.operatorId ? [chat.operatorId] : []);
    const op = chooseOperator(this.loads(), need, this.routingSettings(), exclude);
    if (op) this.assign(chat, op.id, now, chat.operatorId ? { operatorId: chat.operatorId, reason: 'reassigned' } : undefined);
    else this.close(chat, 'system', 'operator_lost', now);
  }

  /** The object's one alarm: the earliest grace deadline or retention sweep. */
  async scheduleAlarm(): Promise<void> {
    const due = [this.store.nextGraceDeadline(), retentionDeadline(this.ctx.storage.sql, this.config().settings.retentionDays)];
    const next = due.reduce<number | null>((min, t) => (t !== null && (min === null || t < min) ? t : min), null);
    if (next === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(next);
  }

  presence(loads = this.loads()): PresenceEntry[] {
    return loads.map((l) => ({ operatorId: l.id, status: l.status, activeChats: l.activeChats }));
  }

  queueLength(): number {
    return this.store.queueLength();
  }

  /** Sends every visitor socket its availability when it differs from what it was last told. */
  pushAvailability(loads = this.loads()): void {
    const cache = new Map<string, string>();
    for (const [ws, a] of this.sockets.visitors()) {
      const key = `${a.language}\u0000${a.category ?? ''}`;
      let text = cache.get(key);
      if (text === undefined) {
        text = JSON.stringify({ type: 'availability', ...this.availability({ language: a.language, category: a.category }, loads) });
        cache.set(key, text);
      }
      if (this.lastAvailability.get(ws) === text) continue;
      this.lastAvailability.set(ws, text);
      sendText([ws], text);
    }
  }

  /** Sends one visitor socket its availability when it changed (after its own update): no pass over the others. */
  pushAvailabilityTo(ws: WebSocket, need: Need): void {
    const text = JSON.stringify({ type: 'availability', ...this.availability(need) });
    if (this.lastAvailability.get(ws) === text) return;
    this.lastAvailability.set(ws, text);
    sendText([ws], text);
  }

  /** Records what a socket was told in its welcome, so the next push only goes out on change. */
  noteAvailability(ws: WebSocket, availability: Availability): void {
    this.lastAvailability.set(ws, JSON.stringify({ type: 'availability', ...availability }));
  }

  private pushPresence(loads: OperatorLoad[]): void {
    const operators = this.presence(loads);
    const text = JSON.stringify(operators);
    if (text === this.lastPresence) return;
    this.lastPresence = text;
    toOperators(this.allOperatorSockets(), { type: 'presence', operators });
  }

  private pushQueue(queued: ChatRow[]): void {
    queued.forEach((chat, i) => {
      if (this.lastQueuePosition.get(chat.id) === i + 1) return;
      this.lastQueuePosition.set(chat.id, i + 1);
      toVisitors(this.sockets.visitorSockets(chat.visitorId), { type: 'queued', chatId: chat.id, position: i + 1 });
    });
    if (queued.length !== this.lastQueueLength) {
      this.lastQueueLength = queued.length;
      toOperators(this.allOperatorSockets(), { type: 'queue', length: queued.length });
    }
  }

  private *allOperatorSockets(): Iterable<WebSocket> {
    for (const [ws] of this.sockets.operators()) yield ws;
  }
}
