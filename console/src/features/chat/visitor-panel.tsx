import { For, Show } from 'solid-js';
import { MAX_PAGES_VIEWED, type VisitorInfo } from '../../../../common/protocol';
import { languageName } from '../companies/languages/language-names';
import { visitorLabel } from './inbox';
import { describeUserAgent } from './user-agent';
import { VisitorLink } from './visitor-link';
import './visitor-panel.css';

/** The visitor panel (F11): who the visitor is, where they are right now, where they went during the chat. */
export function VisitorPanel(props: { visitor: VisitorInfo; startedAt: number; categoryName: string | null }) {
  const when = (ms: number) => new Date(ms).toLocaleString();
  return (
    <aside class="chat-visitor" aria-label="Visitor">
      <h2>
        {visitorLabel(props.visitor.displayId)}{' '}
        <span class={props.visitor.online ? 'presence-dot online' : 'presence-dot'} data-testid="visitor-online">
          {props.visitor.online ? 'on the site' : 'left the site'}
        </span>
      </h2>
      <dl class="visitor-facts">
        <dt>Language</dt>
        <dd>{languageName(props.visitor.language)}</dd>
        <Show when={props.categoryName}>
          <dt>Category</dt>
          <dd>{props.categoryName}</dd>
        </Show>
        <Show when={props.visitor.contactEmail}>
          {(email) => (
            <>
              <dt>Email</dt>
              <dd class="break">
                <a href={`mailto:${email()}`}>{email()}</a>
                <span class="hint"> left while waiting, to be answered at if they go</span>
              </dd>
            </>
          )}
        </Show>
        <dt>Current page</dt>
        <dd>
          <Show when={props.visitor.page.url} fallback="Unknown">
            <VisitorLink url={props.visitor.page.url} label={props.visitor.page.title} class="break" />
            <Show when={props.visitor.page.title}>
              <span class="hint break"> {props.visitor.page.url}</span>
            </Show>
          </Show>
        </dd>
        <dt>Referrer</dt>
        <dd class="break">
          <Show when={props.visitor.page.referrer} fallback="None (direct visit)">
            {(referrer) => <VisitorLink url={referrer()} />}
          </Show>
        </dd>
        <dt>Browser</dt>
        <dd title={props.visitor.userAgent}>{describeUserAgent(props.visitor.userAgent)}</dd>
        <dt>Chat started</dt>
        <dd>{when(props.startedAt)}</dd>
        <dt>First seen</dt>
        <dd data-testid="first-seen">{when(props.visitor.firstSeenAt)}</dd>
      </dl>
      <Show when={props.visitor.pagesViewed.length > 0}>
        <h3>
          Pages viewed in this chat
          <Show when={props.visitor.pagesViewed.length >= MAX_PAGES_VIEWED}>
            <span class="hint"> (the last {MAX_PAGES_VIEWED})</span>
          </Show>
        </h3>
        <ol class="pages-viewed" data-testid="pages-viewed">
          <For each={props.visitor.pagesViewed}>
            {(p) => (
              <li class="break">
                <VisitorLink url={p.url} label={p.title} />
              </li>
            )}
          </For>
        </ol>
      </Show>
    </aside>
  );
}
