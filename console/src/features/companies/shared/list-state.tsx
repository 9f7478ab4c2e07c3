import { Match, type ParentProps, Switch } from 'solid-js';
import type { Loader } from './loader';

/** Loading, load-failure (with Retry) and loaded states of a list, in one place for every page. */
export function ListState(props: ParentProps<{ loader: Pick<Loader<unknown>, 'data' | 'error' | 'reload'>; what: string }>) {
  return (
    <Switch>
      <Match when={props.loader.data() !== undefined}>{props.children}</Match>
      <Match when={props.loader.error()}>
        <p class="form-error" role="alert">
          Couldn’t load {props.what}: {props.loader.error()!.message}{' '}
          <button type="button" onClick={() => void props.loader.reload()}>
            Retry
          </button>
        </p>
      </Match>
      <Match when={true}>
        <p class="loading" aria-busy="true">
          Loading {props.what}…
        </p>
      </Match>
    </Switch>
  );
}
