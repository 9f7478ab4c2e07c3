import { type Accessor, createSignal } from 'solid-js';

/** Data fetched once on creation and again on `reload()`, with its loading and error state. */
export interface Loader<T> {
  data: Accessor<T | undefined>;
  loading: Accessor<boolean>;
  error: Accessor<Error | null>;
  /** Fetches again; keeps showing the current data meanwhile (no flash of a loading state). */
  reload: () => Promise<void>;
  /** Replaces the data locally (optimistic updates, server answers). */
  set: (value: T) => void;
}

/**
 * A signal-backed loader: unlike `createResource` it never suspends, so refreshing a list after a
 * change doesn't blank the page, and an answer that arrives after a newer request is dropped.
 */
export function createLoader<T>(fetcher: () => Promise<T>): Loader<T> {
  const [data, setData] = createSignal<T | undefined>(undefined);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<Error | null>(null);
  let latest = 0;

  async function reload() {
    const request = ++latest;
    setLoading(true);
    try {
      const value = await fetcher();
      if (request !== latest) return;
      setData(() => value);
      setError(null);
    } catch (err) {
      if (request !== latest) return;
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      if (request === latest) setLoading(false);
    }
  }

  void reload();
  return {
    data,
    loading,
    error,
    reload,
    set: (value) => {
      // A local change supersedes any fetch still in flight.
      latest++;
      setLoading(false);
      setData(() => value);
    },
  };
}
