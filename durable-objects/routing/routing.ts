import { type OperatorDestinations, serves } from '../../common/routing/serves';

/**
 * Routing decisions (F10) as pure functions over a snapshot of operator load; the company room
 * only gathers the snapshot and carries the decisions out.
 */

/** One operator as routing sees them. `offline` means no connected console tab. */
export interface OperatorLoad {
  id: string;
  status: 'online' | 'away' | 'offline';
  destinations: OperatorDestinations;
  activeChats: number;
  /** When the operator last received a chat (epoch ms, 0 = never): the longest idle goes first. */
  lastAssignedAt: number;
}

/** What a visitor asks for; `category` is null before the visitor picked one (or with categories off). */
export interface Need {
  language: string;
  category: string | null;
}

export interface RoutingSettings {
  maxChatsPerOperator: number;
  categoriesEnabled: boolean;
}

/** One waiting chat, in queue order. */
export interface QueuedChat {
  chatId: string;
  need: Need;
}

export interface Assignment {
  chatId: string;
  operatorId: string;
}

/**
 * Whether an operator serves a need (F7). With categories on and no category picked yet, an
 * operator serving the language and at least one category counts, so the widget can show.
 */
export function servesNeed(op: OperatorLoad, need: Need, settings: RoutingSettings): boolean {
  if (!settings.categoriesEnabled) return serves(op.destinations, { language: need.language, category: null });
  if (need.category === null) {
    return op.destinations.categories.length > 0 && serves(op.destinations, { language: need.language, category: null });
  }
  return serves(op.destinations, need);
}

/** Online, below capacity, and serving the need: may receive this chat now. */
export function isFree(op: OperatorLoad, need: Need, settings: RoutingSettings): boolean {
  return op.status === 'online' && op.activeChats < settings.maxChatsPerOperator && servesNeed(op, need, settings);
}

/** Whether the widget should offer a chat (F9): some operator is free for this need. */
export function isAvailable(ops: readonly OperatorLoad[], need: Need, settings: RoutingSettings): boolean {
  return ops.some((op) => isFree(op, need, settings));
}

/**
 * Whether a chat nobody can take right now should wait in the queue: an online operator serves
 * it but is at capacity. Otherwise the visitor is offered the offline form.
 */
export function shouldQueue(ops: readonly OperatorLoad[], need: Need, settings: RoutingSettings): boolean {
  return ops.some((op) => op.status === 'online' && servesNeed(op, need, settings));
}

/**
 * The operator a new chat goes to (F10): among free operators, the fewest active chats, then the
 * longest idle, then the smallest id so the choice is deterministic. Null when nobody is free.
 */
export function chooseOperator(
  ops: readonly OperatorLoad[],
  need: Need,
  settings: RoutingSettings,
  exclude: ReadonlySet<string> = new Set(),
): OperatorLoad | null {
  let best: OperatorLoad | null = null;
  for (const op of ops) {
    if (exclude.has(op.id) || !isFree(op, need, settings)) continue;
    if (!best || compareLoad(op, best) < 0) best = op;
  }
  return best;
}

/**
 * Assigns waiting chats in queue order (FIFO) to free operators, as many as capacity allows.
 * A chat nobody serves stays queued without blocking later chats with other needs.
 * `ops` is not modified; each simulated assignment is stamped `now + i` so ties spread the load.
 */
export function drainQueue(
  queue: readonly QueuedChat[],
  ops: readonly OperatorLoad[],
  settings: RoutingSettings,
  now: number,
): Assignment[] {
  const load = ops.map((op) => ({ ...op }));
  const out: Assignment[] = [];
  for (const item of queue) {
    const op = chooseOperator(load, item.need, settings);
    if (!op) continue;
    op.activeChats += 1;
    op.lastAssignedAt = now + out.length;
    out.push({ chatId: item.chatId, operatorId: op.id });
  }
  return out;
}

/**
 * Which operators may be online under the plan's operator limit (F15): the owner first, then by
 * seniority of membership. Operators beyond the limit can't go online; nobody is removed.
 */
export function operatorsAllowedOnline(members: readonly { id: string; isOwner: boolean; joinedAt: number }[], limit: number): Set<string> {
  const ranked = [...members].sort((a, b) => Number(b.isOwner) - Number(a.isOwner) || a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
  return new Set(ranked.slice(0, Math.max(0, limit)).map((m) => m.id));
}

function compareLoad(a: OperatorLoad, b: OperatorLoad): number {
  return a.activeChats - b.activeChats || a.lastAssignedAt - b.lastAssignedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
