import { For, Show } from 'solid-js';
import type { PageInfo, VisitorInfo } from '../../../../common/protocol';
import { languageName } from '../companies/languages/language-names';
import { visitorLabel } from './inbox';
import { describeUserAgent } from './user-agent';

/**
 * Visitor details the protocol may add later (first visit, pages seen during this chat); the
 * panel shows them as soon as the object sends them.
 */
interface VisitorExtras {
  firstSeenAt?: number;
  pagesViewed?: PageInfo[];
}

/** The visitor panel (F11): who the visitor is and where they are right now. */
export function VisitorPanel(props: { visitor: VisitorInfo & VisitorExtras; startedAt: number; categoryName: string | null }) {
  const when = (ms: number) => new Date(ms).toLocaleString();
  return (
    <aside class="chat-visitor" aria-label="Visitor">
      <h2>
        {visitorLabel(props.visitor.visitorId)}{' '}
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
        <dt>Current page</dt>
        <dd>
          <Show when={props.visitor.page.url} fallback="Unknown">
            <a href={props.visitor.page.url} target="_blank" rel="noopener noreferrer" class="break">
              {props.visitor.page.title || props.visitor.page.url}
            </a>
            <Show when={props.visitor.page.title}>
              <span class="hint break"> {props.visitor.page.url}</span>
            </Show>
          </Show>
        </dd>
        <dt>Referrer</dt>
        <dd class="break">{props.visitor.page.referrer || 'None (direct visit)'}</dd>
        <dt>Browser</dt>
        <dd title={props.visitor.userAgent}>{describeUserAgent(props.visitor.userAgent)}</dd>
        <dt>Chat started</dt>
        <dd>{when(props.startedAt)}</dd>
        <Show when={props.visitor.firstSeenAt}>
          {(at) => (
            <>
              <dt>First seen</dt>
              <dd>{when(at())}</dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={props.visitor.pagesViewed?.length}>
        <h3>Pages viewed in this chat</h3>
        <ol class="pages-viewed">
          <For each={props.visitor.pagesViewed}>{(p) => <li class="break">{p.title || p.url}</li>}</For>
        </ol>
      </Show>
    </aside>
  );
}
