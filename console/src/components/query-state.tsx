import { revalidate } from '@solidjs/router';
import { type Accessor, ErrorBoundary, type JSX, type ParentProps, Show, Suspense } from 'solid-js';

/**
 * Loading, failure (with Retry) and loaded states of one query's data, in one place for every
 * page. `data` is a `createAsync` accessor: reading it suspends while the first answer is on its
 * way, and throws when the query failed. Retry fetches `keys` again before showing the data.
 */
export function QueryState<T>(props: {
  data: Accessor<T | undefined>;
  what: string;
  keys: string | string[];
  /** How a failure reads; by default its message. */
  describe?: (err: unknown) => string;
  /** Gets the data as an accessor, so a changed answer updates the view in place (open forms keep their state). */
  children: (value: Accessor<T>) => JSX.Element;
}) {
  return (
    <ErrorBoundary
      fallback={(err: unknown, reset) => (
        <p class="form-error" role="alert">
          {props.describe ? props.describe(err) : `Couldn’t load ${props.what}: ${err instanceof Error ? err.message : String(err)}`}{' '}
          <button type="button" onClick={() => void revalidate(props.keys).then(reset)}>
            Retry
          </button>
        </p>
      )}
    >
      <Suspense
        fallback={
          <p class="loading" aria-busy="true">
            Loading {props.what}…
          </p>
        }
      >
        <Show when={props.data()}>{(value) => props.children(value)}</Show>
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * A part of a page that shows once its data is in (a subtitle, a notice): it never holds up the
 * page around it, and shows nothing when its data couldn't be read (the page's own QueryState
 * says so).
 */
export function WhenLoaded(props: ParentProps) {
  return (
    <ErrorBoundary fallback={null}>
      <Suspense>{props.children}</Suspense>
    </ErrorBoundary>
  );
}
