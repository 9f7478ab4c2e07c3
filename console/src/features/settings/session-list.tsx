import { For, Show } from 'solid-js';
import { describeUserAgent } from '../chat/user-agent';

export interface SessionItem {
  id: string;
  createdAt: string;
  userAgent: string;
  current: boolean;
}

/** The account's sessions, each with "Log out"; the current browser is marked. */
export function SessionList(props: { sessions: readonly SessionItem[]; onLogOut: (session: SessionItem) => void }) {
  return (
    <ul class="item-list" aria-label="Sessions">
      <For each={props.sessions}>
        {(session) => (
          <li class="item">
            <span class="item-main" title={session.userAgent}>
              {describeUserAgent(session.userAgent)}
              <small class="hint">{` · signed in ${new Date(session.createdAt).toLocaleString()}`}</small>
            </span>
            <Show when={session.current}>
              <span class="role-badge">This browser</span>
            </Show>
            <button
              type="button"
              class="danger"
              onClick={() => props.onLogOut(session)}
              aria-label={`Log out ${describeUserAgent(session.userAgent)}${session.current ? ' (this browser)' : ''}`}
            >
              Log out
            </button>
          </li>
        )}
      </For>
    </ul>
  );
}
