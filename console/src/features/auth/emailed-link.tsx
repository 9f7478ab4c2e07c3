import { useSearchParams } from '@solidjs/router';
import type { Accessor, JSX, Resource } from 'solid-js';
import { Match, Switch } from 'solid-js';
import type * as v from 'valibot';
import { ApiCallError } from '../../lib/api';
import { schemaFieldErrors } from '../../lib/form-state';

/** The token of the emailed link the page was opened from (`?token=`); '' when it has none. */
export function useLinkToken(): string {
  const [search] = useSearchParams();
  return typeof search.token === 'string' ? search.token : '';
}

/** Posts the link's token; a token the schema refuses is reported in words, without a request. */
export function postLinkToken<T>(schema: v.GenericSchema, token: string, post: (body: { token: string }) => Promise<T>): Promise<T> {
  const body = { token };
  const invalid = schemaFieldErrors(schema, body);
  if (invalid)
    return Promise.reject(new ApiCallError(400, 'invalid_input', 'This link is incomplete. Copy the whole link from the email.', invalid));
  return post(body);
}

/** A link's landing page once it was called: working on it, what went wrong and what now, or what it did. */
export function LinkOutcome<T>(props: {
  result: Resource<T>;
  /** Said while the call is on its way. */
  working: string;
  /** Said when the call failed without the API's words. */
  failed: string;
  /** What to do after a refusal (a link works once and expires). */
  retry: JSX.Element;
  children: (done: Accessor<NonNullable<T>>) => JSX.Element;
}) {
  return (
    <Switch>
      <Match when={props.result.loading}>
        <p class="loading" aria-busy="true">
          {props.working}
        </p>
      </Match>
      <Match when={props.result.error}>
        <p class="form-error" role="alert">
          {props.result.error instanceof ApiCallError ? props.result.error.message : props.failed}
        </p>
        <p>{props.retry}</p>
      </Match>
      <Match when={props.result()}>{(done) => props.children(done)}</Match>
    </Switch>
  );
}
