import { type AccessorWithLatest, createAsync, query, revalidate } from '@solidjs/router';
import { createSignal, type Signal, startTransition, untrack } from 'solid-js';

/** A router query (`query(fn, name)`): callable with its arguments, and naming its cache key for them. */
export interface Query<A extends unknown[], T> {
  (...args: A): Promise<T>;
  keyFor(...args: A): string;
}

/** A read/write view of one answer, for event handlers (optimistic changes, server answers). */
export interface Cell<T> {
  read(): T | undefined;
  write(value: T): void;
}

/** What `createQueryData` gives a page: the data to read (it suspends), and its cache key and cell. */
export type QueryData<T> = AccessorWithLatest<T | undefined> & Cell<T> & { key: string };

// Local writes are announced per key with a counter of our own: the router's `revalidate` signals
// with a millisecond timestamp, so two writes within one millisecond (a change and its rollback
// after an instant network failure) would show only the first.
const versions = new Map<string, Signal<number>>();
function version(key: string): Signal<number> {
  let signal = versions.get(key);
  if (!signal) {
    signal = createSignal(0);
    versions.set(key, signal);
  }
  return signal;
}

/**
 * Puts `value` in the cache as the query's answer for `key` and shows it wherever that answer is
 * read, without fetching. Resolves once the views show it.
 */
export function setCachedAnswer<T>(key: string, value: T): Promise<void> {
  // Its type refuses a generic T only because T might be a promise; answers never are.
  query.set(key, value as never);
  return startTransition(() => {
    version(key)[1]((n) => n + 1);
    // Readers that call the query through `createAsync` of their own follow the router's signal.
    void revalidate(key, false);
  });
}

/**
 * Reads `q(...args)` with `createAsync`: the data shares the router's cache with every other
 * reader of that answer and is fetched again by `revalidate`. A failed re-read keeps the last
 * answer on show instead of an error (only a failed first read throws, for `QueryState` to offer
 * Retry); so does an answer to an older request that arrives after a local write. (Data that
 * follows changing inputs, such as search parameters, reads its query with `createAsync` itself.)
 *
 * `read()` gives what the view shows, or the last write while it is on its way there, so
 * consecutive changes build on each other; `write()` shows a value at once (`setCachedAnswer`).
 */
export function createQueryData<A extends unknown[], T>(q: Query<A, T>, ...args: A): QueryData<T> {
  const key = q.keyFor(...args);
  const [localWrites] = version(key);
  const data = createAsync<T>((last) => {
    localWrites();
    return q(...args).catch((err: unknown) => {
      if (last !== undefined) return last;
      throw err;
    });
  });
  let pending: { value: T } | null = null;
  const cell: Cell<T> & { key: string } = {
    key,
    read: () => (pending ? pending.value : untrack(() => data.latest)),
    write: (value) => {
      const mine = { value };
      pending = mine;
      void setCachedAnswer(key, value).then(() => {
        if (pending === mine) pending = null;
      });
    },
  };
  return Object.assign(data, cell);
}

/** One part of a cell's value (a list inside an answer), as a cell of its own. */
export function cellPart<A, P>(cell: Cell<A>, pick: (whole: A) => P, put: (whole: A, part: P) => A): Cell<P> {
  return {
    read: () => {
      const whole = cell.read();
      return whole === undefined ? undefined : pick(whole);
    },
    write: (part) => {
      const whole = cell.read();
      if (whole !== undefined) cell.write(put(whole, part));
    },
  };
}
