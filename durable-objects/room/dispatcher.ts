import { operatorLimit } from '../../common/plans/limits';
import {
  type Availability,
  type CloseReason,
  OPERATOR_GRACE_MS,
  type PresenceEntry,
  VISITOR_GRACE_MS,
  WAIT_ESTIMATE_STEP_SECONDS,
} from '../../common/protocol';
import type { MissedReason } from '../../common/reports/events';
import { averageChatDuration, estimateWaitSeconds, RECENT_CHATS } from '../../common/routing/wait-estimate';
import { availabilityFor, availabilityState, mayQueue, servingSlots } from '../routing/availability';
import { chooseOperator, drainQueue, type Need, type OperatorLoad, operatorsAllowedOnline, type RoutingSettings } from '../routing/routing';
import { AvailabilityPush } from './availability-push';
import type { ChatRow } from './chat-rows';
import type { ChatStore } from './chat-store';
import { busySettings, type ConfigSnapshot } from './config-snapshot';
import type { GatewayFanout } from './gateway-fanout';
import { asksRating } from './rating';
import { retentionDeadline } from './retention';
import { type SocketRegistry, toOperators, toVisitors } from './sockets';
import { operatorChat, operatorPublic } from './views';
import { WaitingLists } from './waiting-list';

/**
 * Carries out routing decisions (F10) and keeps every socket told: assignment, queue positions,
 * availability (F9), presence, grace and reassignment. Decisions come from the pure routing module.
 */
export class Dispatcher {
  /** What each queued chat's visitor was last told (position, estimate), so pushes go out only on change. */
  private readonly lastQueued = new Map<string, { position: number; waitEstimateSeconds: number | null }>();
  private lastPresence = '';
  private lastQueueLength = -1;
  private readonly waitingLists = new WaitingLists();
  private readonly availabilityPush: AvailabilityPush;
  /** The recent average chat length, worked out again after a chat ends. */
  private averageChatMs: number | null = null;

  constructor(
    private readonly ctx: DurableObjectState,
    private readonly store: ChatStore,
    private readonly sockets: SocketRegistry,
    private readonly config: () => ConfigSnapshot,
    availabilityGapMs: () => number,
    /** A queued chat whose visitor left an email ended because they left: the company answers by email. */
    private readonly handOver: (chat: ChatRow & { contactEmail: string }, now: number) => Promise<void>,
    gateways: GatewayFanout,
  ) {
    this.availabilityPush = new AvailabilityPush(
      ctx.storage,
      sockets,
      () => {
        const loads = this.loads();
        const queueLength = this.store.queueLength();
        return (need) => this.availability(need, loads, queueLength);
      },
      availabilityGapMs,
      gateways,
    );
  }

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

  /**
   * What the widget of a visitor with this need offers now (F9, F10): the state, and while busy
   * the queue length and the wait of a chat started now (behind everyone queued).
   */
  availability(need: Need, loads = this.loads(), queueLength = this.store.queueLength()): Availability {
    const state = availabilityState(loads, need, this.routingSettings());
    const waitEstimateSeconds = state === 'busy' ? this.waitEstimate(queueLength + 1, need, loads) : null;
    return availabilityFor(state, busySettings(this.config()), { length: queueLength, waitEstimateSeconds });
  }

  /** About how long the chat at `position` with this need waits (wait-estimate.ts); null when nobody serving it is online. */
  waitEstimate(position: number, need: Need, loads: readonly OperatorLoad[]): number | null {
    this.averageChatMs ??= averageChatDuration(this.store.recentChatDurations(RECENT_CHATS));
    return estimateWaitSeconds(position, this.averageChatMs, servingSlots(loads, need, this.routingSettings()));
  }

  /** Routes a new chat: to a free operator, else into the queue when busy allows (F10), else closed with the offline form offered. */
  route(chat: ChatRow, now: number): void {
    const loads = this.loads();
    const need = { language: chat.language, category: chat.category };
    const op = chooseOperator(loads, need, this.routingSettings());
    if (op) return this.assign(chat, op.id, now);
    const state = availabilityState(loads, need, this.routingSettings());
    // A new chat is stored as queued already: the ones ahead of it are the others.
    if (mayQueue(state, busySettings(this.config()), this.store.queueLength() - 1)) {
      this.store.enqueue(chat.id, now);
      return;
    }
    this.close(chat, 'system', 'no_operator', now, state === 'offline' ? 'nobody_online' : 'offline_form');
  }

  /**
   * Gives a chat to an operator with its whole history; a previous operator is told it left them.
   * The system lines the store wrote with the assignment (who joined or took over) go to its visitor.
   */
  assign(chat: ChatRow, operatorId: string, now: number, previous?: { operatorId: string; reason: 'transferred' | 'reassigned' }): void {
    const config = this.config();
    const lines = this.store.assign(
      chat.id,
      operatorId,
      now,
      (id) => operatorPublic(config, id).name,
      previous?.reason === 'transferred' ? previous.operatorId : undefined,
    );
    this.lastQueued.delete(chat.id);
    const operator = operatorPublic(config, operatorId);
    const assigned = { ...chat, status: 'active' as const, operatorId, graceUntil: null };
    if (previous)
      toOperators(this.sockets.operatorSockets(previous.operatorId), { type: 'unassigned', chatId: chat.id, reason: previous.reason });
    toOperators(this.sockets.operatorSockets(operatorId), {
      type: 'chat',
      chat: operatorChat(this.store, assigned, this.sockets.visitorSockets(chat.visitorId).length > 0),
    });
    const visitors = this.sockets.visitorSockets(chat.visitorId);
    toVisitors(visitors, { type: 'assigned', chatId: chat.id, operator });
    for (const message of lines) toVisitors(visitors, { type: 'message', chatId: chat.id, message });
  }

  /** Whether a visitor whose chat ended for `reason` is offered the offline form: not after a normal close (F14). */
  offersOfflineForm(reason: CloseReason): boolean {
    return reason !== 'closed' && this.config().settings.offlineFormEnabled;
  }

  /** Ends a chat; `noOperator` says, for a `no_operator` close, what the visitor was left with (reports, F22). */
  close(chat: ChatRow, by: 'visitor' | 'operator' | 'system', reason: CloseReason, now: number, noOperator?: MissedReason): void {
    this.store.close(chat.id, by, reason, now, noOperator);
    this.lastQueued.delete(chat.id);
    // A chat that had an operator changes the recent average length (the wait estimate).
    if (chat.operatorId !== null) this.averageChatMs = null;
    toVisitors(this.sockets.visitorSockets(chat.visitorId), {
      type: 'closed',
      chatId: chat.id,
      by,
      reason,
      offlineForm: this.offersOfflineForm(reason),
      rate: asksRating({ config: this.config }, chat),
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
    const loads = this.loads();
    this.pushQueue(waiting, loads);
    this.waitingLists.push(this.sockets.operators(), loads, waiting, this.routingSettings());
    this.pushAvailability(now);
    this.pushPresence(loads);
  }

  /** An operator's last tab closed: their chats wait OPERATOR_GRACE_MS for them to come back (F10). */
  async operatorGone(operatorId: string, now: number): Promise<void> {
    if (this.store.grace.startGrace(operatorId, now + OPERATOR_GRACE_MS) > 0) await this.scheduleAlarm();
  }

  /** The operator is back within the grace period: their chats stay with them. */
  operatorBack(operatorId: string): void {
    this.store.grace.clearGrace(operatorId);
  }

  /**
   * A queued chat's visitor has no tab left: it keeps its place for VISITOR_GRACE_MS (a reload
   * or a navigation), then leaves the queue so no operator is handed a chat nobody is in.
   */
  async visitorGone(chat: ChatRow, now: number): Promise<void> {
    if (chat.status !== 'queued') return;
    this.store.grace.startVisitorGrace(chat.id, now + VISITOR_GRACE_MS);
    await this.scheduleAlarm();
  }

  /** The visitor is back within the grace period: the chat keeps its place in the queue. */
  visitorBack(chat: ChatRow): void {
    if (chat.status === 'queued' && chat.graceUntil !== null) this.store.grace.clearVisitorGrace(chat.id);
  }

  /**
   * Handles the grace periods that ran out. An operator's chats move to another free operator
   * with their history, or, when nobody is free, end with the offline form offered; a gone
   * visitor's queued chat ends (handed over as an offline message when they left an email), and
   * the chats behind it move up.
   */
  async expireGrace(now: number): Promise<void> {
    for (const chat of this.store.grace.graceExpired(now)) {
      if (chat.operatorId && this.sockets.operatorSockets(chat.operatorId).length > 0) {
        this.store.grace.clearGrace(chat.operatorId);
        continue;
      }
      this.release(chat, now);
    }
    for (const chat of this.store.grace.visitorGraceExpired(now)) {
      if (this.sockets.visitorSockets(chat.visitorId).length > 0) {
        this.store.grace.clearVisitorGrace(chat.id);
        continue;
      }
      this.close(chat, 'system', 'visitor_left', now);
      if (chat.contactEmail !== null) await this.handOver({ ...chat, contactEmail: chat.contactEmail }, now);
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

  /** The object's one alarm: the earliest grace deadline, retention sweep, chat events flush or receipts write. */
  async scheduleAlarm(): Promise<void> {
    const due = [
      this.store.grace.nextGraceDeadline(),
      retentionDeadline(this.ctx.storage.sql, this.config().settings.retentionDays),
      this.store.events.flushDeadline(),
      this.store.receipts.flushDeadline(),
    ];
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

  /**
   * Idle widgets hear of what changed, at most once per gap (availability-push.ts, whose timer
   * runs the same push at the gap's end; tests call this to deliver one held back by a long gap).
   */
  pushAvailability(now: number): void {
    this.availabilityPush.push(now);
  }

  /**
   * The availability one visitor socket is told in its welcome, or after switching need (its own
   * `update`): one socket, no pass over the others.
   */
  tellAvailability(ws: WebSocket, need: Need, opts: { send: boolean }): Availability {
    const availability = this.availability(need);
    this.availabilityPush.noteTold(need, availability);
    if (opts.send) toVisitors([ws], { type: 'availability', ...availability });
    return availability;
  }

  private pushPresence(loads: OperatorLoad[]): void {
    const operators = this.presence(loads);
    const text = JSON.stringify(operators);
    if (text === this.lastPresence) return;
    this.lastPresence = text;
    toOperators(this.allOperatorSockets(), { type: 'presence', operators });
  }

  /** Tells each queued visitor (only them) their position and wait when either changed; the estimate only when it moved by a minute. */
  private pushQueue(queued: ChatRow[], loads: readonly OperatorLoad[]): void {
    queued.forEach((chat, i) => {
      const position = i + 1;
      const waitEstimateSeconds = this.waitEstimate(position, { language: chat.language, category: chat.category }, loads);
      const last = this.lastQueued.get(chat.id);
      if (
        last?.position === position &&
        (last.waitEstimateSeconds === waitEstimateSeconds ||
          (last.waitEstimateSeconds !== null &&
            waitEstimateSeconds !== null &&
            Math.abs(last.waitEstimateSeconds - waitEstimateSeconds) < WAIT_ESTIMATE_STEP_SECONDS))
      )
        return;
      this.lastQueued.set(chat.id, { position, waitEstimateSeconds });
      toVisitors(this.sockets.visitorSockets(chat.visitorId), { type: 'queued', chatId: chat.id, position, waitEstimateSeconds });
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
