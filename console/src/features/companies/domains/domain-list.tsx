import { For, Show } from 'solid-js';
import { unicodeHost } from '../../../../../common/domains/unicode-host';
import { isPending } from '../shared/pending';
import type { Domain } from '../shared/types';
import { DomainProof } from './domain-proof';

const STATUS_LABEL: Record<Domain['status'], string> = {
  verified: 'Verified',
  unverified: 'Not verified',
  disabled: 'Disabled: another company proved it owns this domain',
};

/** What the owner can do with a row; absent for operators, who only see the list. */
export interface DomainActions {
  onRemove: (domain: Domain) => void;
  onVerify: (domain: Domain, dev: boolean) => void;
  /** The id of the row being verified right now. */
  verifying: string | null;
  /** Local development: offer verifying without a published proof. */
  devVerify: boolean;
}

/** The company's domains with their ownership status; the owner may verify or remove each (the page confirms removal first). */
export function DomainList(props: { domains: readonly Domain[]; actions?: DomainActions | undefined }) {
  return (
    <Show when={props.domains.length > 0} fallback={<p class="empty">No domains yet. The widget shows only on domains listed here.</p>}>
      <ul class="item-list" aria-label="Domains">
        <For each={props.domains}>
          {(domain) => (
            <li class="item" aria-busy={isPending(domain) || props.actions?.verifying === domain.id}>
              <span class="item-main">
                <code class="break">{unicodeHost(domain.host)}</code>
                {/* An internationalised name also shows as stored, so look-alike letters can't pass for another domain. */}
                <Show when={unicodeHost(domain.host) !== domain.host}>
                  {' '}
                  <code class="hint break">{domain.host}</code>
                </Show>
              </span>
              <Show when={isPending(domain)} fallback={<span class={`badge domain-${domain.status}`}>{STATUS_LABEL[domain.status]}</span>}>
                <span class="hint">Adding…</span>
              </Show>
              <Show when={!isPending(domain) && props.actions}>
                {(actions) => (
                  <>
                    <Show when={domain.status !== 'verified'}>
                      <button
                        type="button"
                        onClick={() => actions().onVerify(domain, false)}
                        disabled={actions().verifying !== null}
                        aria-label={`Verify ${unicodeHost(domain.host)}`}
                      >
                        Verify
                      </button>
                      <Show when={actions().devVerify}>
                        <button
                          type="button"
                          onClick={() => actions().onVerify(domain, true)}
                          disabled={actions().verifying !== null}
                          aria-label={`Verify ${unicodeHost(domain.host)} without proof (development)`}
                        >
                          Verify (development)
                        </button>
                      </Show>
                    </Show>
                    <button
                      type="button"
                      class="danger"
                      onClick={() => actions().onRemove(domain)}
                      aria-label={`Remove ${unicodeHost(domain.host)}`}
                    >
                      Remove
                    </button>
                    <Show when={domain.verification}>{(how) => <DomainProof host={unicodeHost(domain.host)} how={how()} />}</Show>
                  </>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
