import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseOperator,
  drainQueue,
  isAvailable,
  isFree,
  type Need,
  type OperatorLoad,
  operatorsAllowedOnline,
  type QueuedChat,
  type RoutingSettings,
  shouldQueue,
} from './routing';

const LANGS = ['en', 'uk', 'de'];
const CATS = ['sales', 'support'];

const settingsArb = fc.record({ maxChatsPerOperator: fc.integer({ min: 1, max: 4 }), categoriesEnabled: fc.boolean() });
const needArb = fc.record({ language: fc.constantFrom(...LANGS), category: fc.option(fc.constantFrom(...CATS), { nil: null }) });
const opsArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    status: fc.constantFrom('online' as const, 'away' as const, 'offline' as const),
    destinations: fc.record({ languages: fc.subarray(LANGS), categories: fc.subarray(CATS) }),
    activeChats: fc.integer({ min: 0, max: 5 }),
    lastAssignedAt: fc.integer({ min: 0, max: 1000 }),
  }),
  { selector: (o) => o.id, maxLength: 8 },
);

const op = (id: string, over: Partial<OperatorLoad> = {}): OperatorLoad => ({
  id,
  status: 'online',
  destinations: { languages: ['en'], categories: ['sales'] },
  activeChats: 0,
  lastAssignedAt: 0,
  ...over,
});
const OFF: RoutingSettings = { maxChatsPerOperator: 3, categoriesEnabled: false };

describe('chooseOperator', () => {
  it('picks a free operator with the fewest chats, then the longest idle; null only when nobody is free', () => {
    fc.assert(
      fc.property(opsArb, needArb, settingsArb, (ops, need, settings) => {
        const chosen = chooseOperator(ops, need, settings);
        const free = ops.filter((o) => isFree(o, need, settings));
        if (free.length === 0) {
          expect(chosen).toBeNull();
          return;
        }
        expect(chosen).not.toBeNull();
        expect(isFree(chosen!, need, settings)).toBe(true);
        expect(chosen!.activeChats).toBeLessThan(settings.maxChatsPerOperator);
        const fewest = Math.min(...free.map((o) => o.activeChats));
        expect(chosen!.activeChats).toBe(fewest);
        const idlest = Math.min(...free.filter((o) => o.activeChats === fewest).map((o) => o.lastAssignedAt));
        expect(chosen!.lastAssignedAt).toBe(idlest);
        expect(isAvailable(ops, need, settings)).toBe(true);
      }),
    );
  });

  it('only hands chats to operators who serve the language and (with categories on) the category', () => {
    const settings: RoutingSettings = { maxChatsPerOperator: 3, categoriesEnabled: true };
    const ops = [
      op('a', { destinations: { languages: ['uk'], categories: ['sales'] } }),
      op('b', { destinations: { languages: ['en'], categories: ['support'] } }),
    ];
    expect(chooseOperator(ops, { language: 'en', category: 'sales' }, settings)).toBeNull();
    expect(chooseOperator(ops, { language: 'en', category: 'support' }, settings)?.id).toBe('b');
    expect(chooseOperator(ops, { language: 'uk', category: 'sales' }, { ...settings, categoriesEnabled: false })?.id).toBe('a');
    // Before a category is picked, an operator serving the language and any category makes the widget available.
    expect(isAvailable(ops, { language: 'uk', category: null }, settings)).toBe(true);
    expect(
      isAvailable([op('c', { destinations: { languages: ['uk'], categories: [] } })], { language: 'uk', category: null }, settings),
    ).toBe(false);
  });

  it('skips away and offline operators, and operators at capacity', () => {
    const need: Need = { language: 'en', category: null };
    expect(chooseOperator([op('a', { status: 'away' }), op('b', { status: 'offline' })], need, OFF)).toBeNull();
    expect(chooseOperator([op('a', { activeChats: 3 }), op('b', { activeChats: 2 })], need, OFF)?.id).toBe('b');
    expect(shouldQueue([op('a', { activeChats: 3 })], need, OFF)).toBe(true);
    expect(shouldQueue([op('a', { status: 'away' })], need, OFF)).toBe(false);
  });
});

describe('drainQueue', () => {
  const queueArb = fc.array(needArb, { maxLength: 20 }).map((needs) => needs.map((need, i): QueuedChat => ({ chatId: `c${i}`, need })));

  it('never puts an operator over capacity and only assigns to operators who were free for the chat', () => {
    fc.assert(
      fc.property(queueArb, opsArb, settingsArb, (queue, ops, settings) => {
        const out = drainQueue(queue, ops, settings, 2000);
        const added = new Map<string, number>();
        for (const a of out) {
          const o = ops.find((x) => x.id === a.operatorId)!;
          const need = queue.find((q) => q.chatId === a.chatId)!.need;
          expect(o.status).toBe('online');
          expect(isFree({ ...o, activeChats: 0 }, need, settings)).toBe(true);
          added.set(o.id, (added.get(o.id) ?? 0) + 1);
        }
        for (const [id, n] of added)
          expect(ops.find((o) => o.id === id)!.activeChats + n).toBeLessThanOrEqual(settings.maxChatsPerOperator);
        expect(new Set(out.map((a) => a.chatId)).size).toBe(out.length);
      }),
    );
  });

  it('serves one kind of need first come, first served: the assigned chats are a prefix of the queue', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), opsArb, settingsArb, needArb, (n, ops, settings, need) => {
        const queue = Array.from({ length: n }, (_, i) => ({ chatId: `c${i}`, need }));
        const out = drainQueue(queue, ops, settings, 2000);
        expect(out.map((a) => a.chatId)).toEqual(queue.slice(0, out.length).map((q) => q.chatId));
        const capacity = ops
          .filter((o) => isFree({ ...o, activeChats: 0 }, need, settings))
          .reduce((sum, o) => sum + Math.max(0, settings.maxChatsPerOperator - o.activeChats), 0);
        expect(out.length).toBe(Math.min(n, capacity));
      }),
    );
  });

  it('spreads a burst across operators instead of filling one', () => {
    const queue = ['q1', 'q2', 'q3', 'q4'].map((chatId) => ({ chatId, need: { language: 'en', category: null } }));
    const out = drainQueue(queue, [op('a', { lastAssignedAt: 5 }), op('b', { lastAssignedAt: 1 })], OFF, 10);
    expect(out).toEqual([
      { chatId: 'q1', operatorId: 'b' },
      { chatId: 'q2', operatorId: 'a' },
      { chatId: 'q3', operatorId: 'b' },
      { chatId: 'q4', operatorId: 'a' },
    ]);
  });
});

describe('operatorsAllowedOnline', () => {
  it('keeps the owner and the longest-serving operators within the limit', () => {
    const members = [
      { id: 'new', isOwner: false, joinedAt: 30 },
      { id: 'owner', isOwner: true, joinedAt: 20 },
      { id: 'old', isOwner: false, joinedAt: 10 },
    ];
    expect([...operatorsAllowedOnline(members, 1)]).toEqual(['owner']);
    expect([...operatorsAllowedOnline(members, 2)].sort()).toEqual(['old', 'owner']);
    expect(operatorsAllowedOnline(members, 5).size).toBe(3);
  });
});
