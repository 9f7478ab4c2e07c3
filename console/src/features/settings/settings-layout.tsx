import { A } from '@solidjs/router';
import { For, type ParentProps, Show } from 'solid-js';
import { InvitationBadge } from './invitation-badge';

/** The settings sections, in tab order (F1). */
const TABS = [
  { href: '/settings/profile', label: 'Display name' },
  { href: '/settings/general', label: 'General' },
  { href: '/settings/companies', label: 'Operator companies' },
  { href: '/settings/sessions', label: 'Sessions' },
  { href: '/settings/two-factor', label: 'Two-factor authentication' },
] as const;

/** Settings frame: heading and a tab bar of links (each tab is its own URL, so it can be bookmarked). */
export function SettingsLayout(props: ParentProps) {
  document.title = 'Settings · Parley';
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <nav class="tabs" aria-label="Settings sections">
        <For each={TABS}>
          {(tab) => (
            <A href={tab.href} class="tab" end>
              {tab.label}
              <Show when={tab.href === '/settings/companies'}>
                <InvitationBadge />
              </Show>
            </A>
          )}
        </For>
      </nav>
      <div class="tab-panel">{props.children}</div>
    </section>
  );
}
