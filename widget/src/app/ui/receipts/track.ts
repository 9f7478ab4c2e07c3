import { advanceMarks, type Marks, markOf, NO_RECEIPTS, RECEIPT_GAP_MS } from '../../../../../common/protocol/receipt-marks';
import type { Receipt } from '../../../../../common/protocol/receipts';
import type { h } from '../dom';
import type { WidgetView } from '../shell';
import { receiptStrings } from './strings';

/** What the shell hands the receipts chunk: its element helper (so the chunks share no module) and how to send. */
export interface ReceiptsHost {
  h: typeof h;
  /** Writes the frame; false when no socket is open. */
  send(frame: Receipt): boolean;
}

/** Glyphs of the marks; their words are read instead (`.sr`). */
const GLYPH = { delivered: '✓', seen: '✓✓' } as const;

/**
 * Delivered and seen marks in the widget (F21), a chunk loaded once a chat exists. After every
 * draw it marks the visitor's messages with the operator's marks, watches which operator messages
 * are in the log's viewport, and reports the widget's own marks when they moved past what the
 * server has: `delivered` the last seq received, `seen` the last operator message in view while
 * the page is visible and focused. At most one report per RECEIPT_GAP_MS, the latest marks winning.
 */
export function createReceipts(k: ReceiptsHost): (v: WidgetView, log: HTMLElement | null) => void {
  let view: WidgetView | null = null;
  let observed: HTMLElement | null = null;
  let observer: IntersectionObserver | null = null;
  /** Operator messages (by seq) now in the log's viewport. */
  const inView = new Set<number>();
  /** What this connection reported last (and for which chat), until the server's marks catch up. */
  let reported: { chatId: string; marks: Marks } | null = null;
  let reportedAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const focused = () => document.visibilityState === 'visible' && document.hasFocus();

  function report(): void {
    const v = view;
    if (!v?.chat || !v.connected) {
      reported = null;
      return;
    }
    const local = {
      delivered: v.items.at(-1)?.seq ?? 0,
      seen: focused() && inView.size ? Math.max(...inView) : 0,
    };
    const next = advanceMarks(v.chat.receipts?.visitor ?? NO_RECEIPTS.visitor, local);
    if (!next || (reported?.chatId === v.chat.id && !advanceMarks(reported.marks, next))) return;
    const wait = reportedAt + RECEIPT_GAP_MS - Date.now();
    clearTimeout(timer);
    if (wait > 0) {
      timer = setTimeout(report, wait);
      return;
    }
    if (!k.send({ type: 'receipt', chatId: v.chat.id, ...next })) return;
    reported = { chatId: v.chat.id, marks: next };
    reportedAt = Date.now();
  }

  addEventListener('focus', report);
  document.addEventListener('visibilitychange', report);

  function watch(log: HTMLElement): void {
    if (observed !== log) {
      observer?.disconnect();
      inView.clear();
      observed = log;
      observer = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const seq = Number((e.target as HTMLElement).dataset.s);
            // Half of it in view, or half the view taken by it (a message taller than the log).
            const shown = e.intersectionRatio >= 0.5 || e.intersectionRect.height >= (e.rootBounds?.height ?? 1) / 2;
            if (shown) inView.add(seq);
            else inView.delete(seq);
          }
          report();
        },
        { root: log, threshold: [0, 0.25, 0.5] },
      );
    }
    // The log's items are drawn anew each time: watch this draw's operator messages.
    observer!.disconnect();
    inView.clear();
    for (const el of log.querySelectorAll<HTMLElement>('.m[data-s]:not(.me)')) observer!.observe(el);
  }

  function mark(v: WidgetView, log: HTMLElement): void {
    const t = receiptStrings(v.language);
    for (const el of log.querySelectorAll<HTMLElement>('.me[data-s]')) {
      const state = markOf(Number(el.dataset.s), v.chat?.receipts?.operator);
      const time = el.querySelector('.tm');
      if (!state || !time) continue;
      time.append(' ', k.h('span', { 'aria-hidden': 'true' }, GLYPH[state]), k.h('span', { class: 'sr' }, t[state]));
    }
  }

  return (v, log) => {
    view = v;
    if (log?.isConnected && v.open) {
      mark(v, log);
      watch(log);
    } else {
      observer?.disconnect();
      inView.clear();
    }
    report();
  };
}
