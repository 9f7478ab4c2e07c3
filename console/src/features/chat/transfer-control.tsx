import { createMemo, createSignal, For, Show } from 'solid-js';
import type { OperatorConfig, PresenceEntry } from '../../../../common/protocol';

/**
 * Transfer a chat to another operator (F10): only colleagues who are online with a free slot are
 * offered, the same rule the object checks.
 */
export function TransferControl(props: {
  me: string | null;
  config: OperatorConfig | null;
  presence: readonly PresenceEntry[];
  onTransfer: (operatorId: string) => void;
}) {
  const [target, setTarget] = createSignal('');
  const candidates = createMemo(() => {
    const max = props.config?.maxChatsPerOperator ?? 0;
    const online = new Set(
      props.presence.filter((p) => p.status === 'online' && p.activeChats < max && p.operatorId !== props.me).map((p) => p.operatorId),
    );
    return (props.config?.operators ?? []).filter((o) => online.has(o.id));
  });
  const chosen = () => (candidates().some((o) => o.id === target()) ? target() : '');
  return (
    <form
      class="transfer-control"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen()) props.onTransfer(chosen());
      }}
    >
      <label for="transfer-to">Transfer to</label>
      <select id="transfer-to" value={chosen()} onChange={(e) => setTarget(e.currentTarget.value)} disabled={candidates().length === 0}>
        <option value="">{candidates().length === 0 ? 'Nobody is free' : 'Choose an operator'}</option>
        <For each={candidates()}>{(o) => <option value={o.id}>{o.name}</option>}</For>
      </select>
      <Show when={candidates().length > 0}>
        <button type="submit" disabled={!chosen()}>
          Transfer
        </button>
      </Show>
    </form>
  );
}
