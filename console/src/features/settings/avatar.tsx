import { createSignal, Show } from 'solid-js';
import { initials } from './avatar-file';

/** A round avatar: the image when there is one (and it loads), the name's initials otherwise. */
export function Avatar(props: { src: string | null | undefined; name: string; alt?: string }) {
  const [failed, setFailed] = createSignal<string | null>(null);
  return (
    <Show
      when={props.src && props.src !== failed() ? props.src : null}
      fallback={
        <span class="avatar-lg avatar-initials" role="img" aria-label={props.alt ?? `No avatar yet for ${props.name}`}>
          {initials(props.name)}
        </span>
      }
    >
      {(src) => <img class="avatar-lg" src={src()} alt={props.alt ?? `Avatar of ${props.name}`} onError={() => setFailed(src())} />}
    </Show>
  );
}
