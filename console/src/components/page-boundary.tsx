import { ErrorBoundary, type ParentProps } from 'solid-js';

/** Shows a page's rendering failure where it happened, with a retry, instead of a blank or stuck page. */
export function PageBoundary(props: ParentProps) {
  return (
    <ErrorBoundary
      fallback={(err: unknown, reset) => (
        <div class="form-error" role="alert">
          <p>This page failed to show: {err instanceof Error ? err.message : String(err)}</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </div>
      )}
    >
      {props.children}
    </ErrorBoundary>
  );
}
