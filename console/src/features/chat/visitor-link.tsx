import { Show } from 'solid-js';
import { webUrl } from './web-url';

/**
 * A URL the visitor's browser reported, opened in a new tab when it is http(s); anything else is
 * shown as plain text, never as a clickable `javascript:` or `data:` link.
 */
export function VisitorLink(props: { url: string; label?: string; class?: string }) {
  const href = () => webUrl(props.url);
  return (
    <Show when={href()} fallback={<span class={props.class}>{props.label || props.url}</span>}>
      {(safe) => (
        <a href={safe()} target="_blank" rel="noopener noreferrer" class={props.class} title={props.url}>
          {props.label || props.url}
        </a>
      )}
    </Show>
  );
}
