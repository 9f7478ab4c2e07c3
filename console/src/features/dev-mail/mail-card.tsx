import { For, Show } from 'solid-js';
import { timeAgo } from '../../lib/time-ago';
import type { DevMail } from './dev-mailbox';

/** One captured email: subject, addresses, time, plain text and its links (clickable). */
export function MailCard(props: { mail: DevMail }) {
  const sent = () => new Date(props.mail.createdAt);
  const titleId = () => `mail-${props.mail.id}`;
  return (
    <li>
      <article class="card mail" aria-labelledby={titleId()}>
        <header class="mail-head">
          <h2 id={titleId()}>{props.mail.subject}</h2>
          <time datetime={sent().toISOString()} title={sent().toLocaleString()}>
            {timeAgo(sent())}
          </time>
        </header>
        <dl class="mail-meta">
          <dt>To</dt>
          <dd class="mail-to">{props.mail.to}</dd>
          <dt>From</dt>
          <dd>{props.mail.from}</dd>
          <Show when={props.mail.replyTo}>
            {(replyTo) => (
              <>
                <dt>Reply-To</dt>
                <dd>{replyTo()}</dd>
              </>
            )}
          </Show>
        </dl>
        <Show when={props.mail.links.length > 0}>
          <ul class="mail-links" aria-label="Links in this mail">
            <For each={props.mail.links}>
              {(link) => (
                <li>
                  <a href={link}>{link}</a>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <pre class="mail-text">{props.mail.text}</pre>
        <Show when={props.mail.html}>
          {(html) => (
            <details class="mail-html">
              <summary>HTML version</summary>
              {/* An empty sandbox runs no scripts and can't reach this page: mail HTML is untrusted. */}
              <iframe sandbox="" srcdoc={html()} title={`HTML version of “${props.mail.subject}”`} />
            </details>
          )}
        </Show>
      </article>
    </li>
  );
}
