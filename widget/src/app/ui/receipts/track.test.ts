// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage, ChatReceipts } from '../../../../../common/protocol';
import type { Receipt } from '../../../../../common/protocol/receipts';
import { h } from '../dom';
import type { WidgetView } from '../shell';
import { createReceipts } from './track';

/** jsdom has no IntersectionObserver: this one lets a test say what is in view. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly targets = new Set<Element>();
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  disconnect() {
    this.targets.clear();
  }
  show(seq: number) {
    const target = [...this.targets].find((el) => (el as HTMLElement).dataset.s === String(seq))!;
    const entry = { target, intersectionRatio: 1, intersectionRect: { height: 10 }, rootBounds: { height: 100 } };
    this.callback([entry as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}

const msg = (seq: number, author: ChatMessage['author']): ChatMessage => ({
  seq,
  author,
  operatorId: author === 'operator' ? 'op1' : null,
  clientId: `c${seq}`,
  text: `m${seq}`,
  at: seq,
});
const marks = (operator: { delivered: number; seen: number }, visitor = { delivered: 0, seen: 0 }): ChatReceipts => ({ visitor, operator });

/** The log as the shell draws it: stored items with `data-s`, the visitor's own with `.me`, a time in each. */
function logOf(items: ChatMessage[]): HTMLElement {
  const log = h('div', { class: 'lg' });
  for (const m of items) {
    const el = h('div', { class: m.author === 'visitor' ? 'm me' : 'm' }, m.text, h('time', { class: 'tm' }, '12:00'));
    el.dataset.s = String(m.seq);
    log.append(el);
  }
  document.body.append(log);
  return log;
}

const view = (chatId: string, items: ChatMessage[], receipts: ChatReceipts, over: Partial<WidgetView> = {}) =>
  ({ chat: { id: chatId, receipts }, items, connected: true, open: true, language: 'en', ...over }) as unknown as WidgetView;

describe('the widget’s receipts (F21)', () => {
  let sent: Receipt[];
  let focused: boolean;
  beforeEach(() => {
    sent = [];
    focused = true;
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.spyOn(document, 'hasFocus').mockImplementation(() => focused);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });
  const track = () =>
    createReceipts({
      h,
      send: (f) => {
        sent.push(f);
        return true;
      },
    });

  it("marks the visitor's messages with the operator's marks, words for screen readers", () => {
    const items = [msg(1, 'visitor'), msg(2, 'operator'), msg(3, 'visitor'), msg(4, 'visitor')];
    const log = logOf(items);
    track()(view('c1', items, marks({ delivered: 3, seen: 1 })), log);
    const time = (seq: number) => log.querySelector(`[data-s="${seq}"] .tm`)!.textContent;
    expect([1, 3, 4].map(time)).toEqual(['12:00 ✓✓Seen', '12:00 ✓Delivered', '12:00']);
    expect(log.querySelector('[data-s="1"] .sr')?.textContent).toBe('Seen');
  });

  it('reports delivered at once, seen only for an operator message in view while focused, at most once a gap', () => {
    const items = [msg(1, 'visitor'), msg(2, 'operator'), msg(3, 'operator')];
    const update = track();
    const log = logOf(items);
    update(view('c1', items, marks({ delivered: 1, seen: 1 })), log);
    expect(sent).toEqual([{ type: 'receipt', chatId: 'c1', delivered: 3, seen: 0 }]);

    focused = false;
    FakeObserver.last!.show(2);
    vi.advanceTimersByTime(5000);
    expect(sent).toHaveLength(1);
    // Focus comes back with message 3 in view: reported once the gap after the last report ended.
    focused = true;
    FakeObserver.last!.show(3);
    vi.advanceTimersByTime(5000);
    expect(sent.at(-1)).toEqual({ type: 'receipt', chatId: 'c1', delivered: 3, seen: 3 });
    // The server has it: nothing more to say.
    update(view('c1', items, marks({ delivered: 1, seen: 1 }, { delivered: 3, seen: 3 })), log);
    vi.advanceTimersByTime(5000);
    expect(sent).toHaveLength(2);
  });

  it("reports a new chat's marks whatever the last chat's were, and nothing while disconnected", () => {
    const update = track();
    const first = [msg(1, 'visitor'), msg(2, 'operator'), msg(3, 'operator'), msg(4, 'operator')];
    update(view('c1', first, marks({ delivered: 0, seen: 0 })), logOf(first));
    const next = [msg(1, 'visitor'), msg(2, 'operator')];
    update(view('c2', next, marks({ delivered: 0, seen: 0 }), { connected: false }), logOf(next));
    vi.advanceTimersByTime(5000);
    expect(sent.map((f) => f.chatId)).toEqual(['c1']);
    update(view('c2', next, marks({ delivered: 0, seen: 0 })), logOf(next));
    vi.advanceTimersByTime(5000);
    expect(sent.at(-1)).toEqual({ type: 'receipt', chatId: 'c2', delivered: 2, seen: 0 });
  });
});
