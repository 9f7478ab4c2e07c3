import { A } from '@solidjs/router';
import { createMemo, Match, Show, Switch } from 'solid-js';
import type { OperatorStatus } from '../../../../common/protocol';
import type { ChatStore } from './chat-store';
import type { Notifier } from './notifier';
import { useNow } from './use-now';
import './presence-bar.css';

/**
 * The chat page's toolbar: Online/Away (F10), the connection state with a retry button, the
 * sound and browser-notification switches (both need a click, F11), history and help.
 */
export function PresenceBar(props: { store: ChatStore; notifier: Notifier; historyHref: string; onHelp: () => void }) {
  const now = useNow(1000);
  const status = () => props.store.state().status;
  const heldAway = createMemo(() => props.store.connection() === 'open' && props.store.wantedStatus() === 'online' && status() === 'away');
  const choose = (s: OperatorStatus) => props.store.setStatus(s);
  return (
    <div class="chat-toolbar" role="toolbar" aria-label="Chat page controls">
      <div class="status-switch" role="radiogroup" aria-label="Your status">
        {/* biome-ignore lint/a11y/useSemanticElements: a segmented control of buttons; role radio gives it radio semantics without hidden inputs. */}
        <button
          type="button"
          role="radio"
          aria-checked={props.store.wantedStatus() === 'online'}
          class="status-online"
          onClick={() => choose('online')}
        >
          Online
        </button>
        {/* biome-ignore lint/a11y/useSemanticElements: a segmented control of buttons; role radio gives it radio semantics without hidden inputs. */}
        <button
          type="button"
          role="radio"
          aria-checked={props.store.wantedStatus() === 'away'}
          class="status-away"
          onClick={() => choose('away')}
        >
          Away
        </button>
      </div>
      <span class={`connection connection-${props.store.connection()}`} data-status={status()} role="status" data-testid="connection">
        <Switch>
          <Match when={props.store.connection() === 'open'}>
            {heldAway()
              ? 'Connected · held away by the plan limit'
              : status() === 'online'
                ? 'Online · receiving chats'
                : 'Away · no new chats'}
          </Match>
          <Match when={props.store.connection() === 'connecting'}>Connecting…</Match>
          <Match when={props.store.connection() === 'reconnecting'}>
            Reconnecting
            <Show when={props.store.retryAt()}>{(at) => ` in ${Math.max(0, Math.ceil((at() - now()) / 1000))} s`}</Show>…{' '}
            <button type="button" class="link" onClick={() => props.store.retryNow()}>
              Retry now
            </button>
          </Match>
          <Match when={props.store.connection() === 'revoked'}>Disconnected: you are no longer an operator of this company.</Match>
          <Match when={props.store.connection() === 'outdated'}>
            Parley was updated.{' '}
            <button type="button" class="link" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          </Match>
        </Switch>
      </span>
      <span class="toolbar-spacer" />
      <Show
        when={props.notifier.soundOn()}
        fallback={
          <button type="button" onClick={() => props.notifier.enableSound()}>
            Enable sound
          </button>
        }
      >
        <button type="button" aria-pressed="true" data-played={props.notifier.played()} onClick={() => props.notifier.disableSound()}>
          Sound on
        </button>
      </Show>
      <Switch>
        <Match when={props.notifier.notificationAccess() === 'default'}>
          <button type="button" onClick={() => void props.notifier.requestNotifications()}>
            Enable desktop alerts
          </button>
        </Match>
        <Match when={props.notifier.notificationAccess() === 'denied'}>
          <span class="hint">Desktop alerts blocked in the browser</span>
        </Match>
      </Switch>
      <A href={props.historyHref}>History</A>
      <button type="button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => props.onHelp()}>
        ?
      </button>
    </div>
  );
}
