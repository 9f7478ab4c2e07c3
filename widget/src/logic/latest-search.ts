/** What a search box shows: nothing asked, waiting for an answer, the answer, or a failure. */
export type SearchState<T> =
  | { type: 'idle' }
  | { type: 'loading'; q: string }
  | { type: 'done'; q: string; result: T }
  | { type: 'error'; q: string };

export interface LatestSearchOptions<T> {
  /** The pause in typing before a request goes out. */
  delayMs: number;
  run(q: string, signal: AbortSignal): Promise<T>;
  show(state: SearchState<T>): void;
  /** Injected for tests; the browser's by default. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

/**
 * Search-as-you-type that only ever shows the latest question's answer (F19): each keystroke
 * restarts the pause, a new question aborts the request still running for the old one, and an
 * answer that arrives for anything but the latest question is dropped.
 */
export function latestSearch<T>(opts: LatestSearchOptions<T>) {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((id) => clearTimeout(id as number));
  let timer: unknown;
  let inflight: AbortController | null = null;
  let asked: string | null = null;

  const stop = () => {
    clearTimer(timer);
    inflight?.abort();
    inflight = null;
  };

  function fire(q: string): void {
    const mine = new AbortController();
    inflight = mine;
    opts.show({ type: 'loading', q });
    // Only the latest request's answer (or failure) is shown; an aborted one's is dropped.
    const settle = (state: SearchState<T>) => {
      if (inflight !== mine) return;
      inflight = null;
      opts.show(state);
    };
    opts.run(q, mine.signal).then(
      (result) => settle({ type: 'done', q, result }),
      () => settle({ type: 'error', q }),
    );
  }

  return {
    /** The text in the box changed: searched after the pause, unless it is what was asked already. */
    input(text: string): void {
      const q = text.trim();
      if (q === asked) return;
      asked = q;
      stop();
      if (!q) return opts.show({ type: 'idle' });
      timer = setTimer(() => fire(q), opts.delayMs);
    },
    /** Searches at once, without the pause (the first load, a retry). */
    now(text: string): void {
      asked = text.trim();
      stop();
      fire(asked);
    },
    /** Forgets the question: nothing more is shown until the next input. */
    cancel(): void {
      asked = null;
      stop();
    },
  };
}
