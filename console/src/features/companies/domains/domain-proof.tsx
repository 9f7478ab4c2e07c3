import { Show } from 'solid-js';
import type { Domain } from '../shared/types';

type Instructions = NonNullable<Domain['verification']>;

/**
 * What to publish to prove a domain is the company's: a DNS TXT record, or for a plain host a
 * meta tag on its home page or a file on the site. Shown to the owner while it is unverified.
 */
export function DomainProof(props: { host: string; how: Instructions }) {
  return (
    <details class="domain-proof">
      <summary>How to prove you own {props.host}</summary>
      <p>Publish one of these, then press Verify. Until then the widget works on the site, but another company could claim it too.</p>
      <dl>
        <dt>DNS record (at your DNS provider)</dt>
        <dd>
          Type <code>{props.how.dns.type}</code>, name <code class="break">{props.how.dns.name}</code>, value{' '}
          <code class="break">{props.how.dns.value}</code>
        </dd>
        <Show when={props.how.meta}>
          {(meta) => (
            <>
              <dt>Or a tag in the &lt;head&gt; of {meta().url}</dt>
              <dd>
                <code class="break">{meta().tag}</code>
              </dd>
            </>
          )}
        </Show>
        <Show when={props.how.file}>
          {(file) => (
            <>
              <dt>Or a file at {file().url}</dt>
              <dd>
                containing <code class="break">{file().content}</code>
              </dd>
            </>
          )}
        </Show>
      </dl>
    </details>
  );
}
