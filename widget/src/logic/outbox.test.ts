import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../common/protocol';
import { acknowledge, enqueue, type Pending, unsent } from './outbox';

const msg = (seq: number, clientId: string | null = null): ChatMessage => ({
  seq,
  author: 'visitor',
  operatorId: null,
  clientId,
  text: `m${seq}`,
  at: seq,
});

describe('outbox', () => {
  it('keeps typing order and drops only the acknowledged entry', () => {
    let box: Pending[] = [];
    box = enqueue(box, { clientId: 'a', text: 'one', at: 1 });
    box = enqueue(box, { clientId: 'b', text: 'two', at: 2 });
    expect(unsent(box, new Set()).map((p) => p.text)).toEqual(['one', 'two']);
    box = acknowledge(box, msg(1, 'a'));
    expect(box.map((p) => p.clientId)).toEqual(['b']);
    expect(acknowledge(box, msg(2, null))).toEqual(box);
  });

  it('sends each entry once per connection', () => {
    const box = [
      { clientId: 'a', text: 'one', at: 1 },
      { clientId: 'b', text: 'two', at: 2 },
    ];
    expect(unsent(box, new Set(['a'])).map((p) => p.clientId)).toEqual(['b']);
  });

  /**
   * A model of the widget against a server that stores a clientId once: any interleaving of
   * typing, sending, dropped connections and acknowledgements stores every message exactly once.
   */
  it('stores every typed message exactly once across drops and resends', () => {
    const step = fc.constantFrom('type', 'flush', 'drop', 'ack');
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let box: Pending[] = [];
        let sent = new Set<string>();
        const inFlight: string[] = [];
        const stored = new Map<string, number>();
        let typed = 0;
        const deliver = (id: string) => stored.set(id, stored.get(id) ?? stored.size + 1);
        for (const s of steps) {
          if (s === 'type') box = enqueue(box, { clientId: `c${typed}`, text: `t${typed++}`, at: 0 });
          if (s === 'flush')
            for (const p of unsent(box, sent)) {
              sent.add(p.clientId);
              inFlight.push(p.clientId);
            }
          if (s === 'drop') {
            sent = new Set();
            inFlight.splice(0);
          }
          if (s === 'ack') {
            const id = inFlight.shift();
            if (id) {
              deliver(id);
              box = acknowledge(box, msg(stored.get(id)!, id));
            }
          }
        }
        // The connection comes back for good: everything left is sent and acknowledged.
        for (const p of unsent(box, new Set())) {
          deliver(p.clientId);
          box = acknowledge(box, msg(stored.get(p.clientId)!, p.clientId));
        }
        return box.length === 0 && stored.size === typed;
      }),
    );
  });
});
