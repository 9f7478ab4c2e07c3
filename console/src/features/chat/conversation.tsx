import { createSignal, Show } from 'solid-js';
import { useCompany } from '../companies/company-area/company-context';
import { ConfirmDialog } from '../companies/shared/confirm-dialog';
import type { ChatEnd, ChatView } from './chat-state';
import type { ChatStore } from './chat-store';
import { Composer } from './composer';
import { visitorLabel } from './inbox';
import { MessageList } from './message-list';
import { RatingBadge } from './rating-badge';
import { TransferControl } from './transfer-control';
import { VisitorDraft } from './visitor-draft';
import { VisitorPanel } from './visitor-panel';

/** Why a chat left the operator's hands, in words. */
function endedText(end: ChatEnd): string {
  if (end.kind === 'unassigned') {
    if (end.reason === 'transferred') return 'You transferred this chat. It continues with your colleague.';
    if (end.reason === 'reassigned') return 'This chat moved to another operator.';
    return 'This chat ended or moved while you were disconnected.';
  }
  if (end.reason === 'operator_lost') return 'This chat ended: its operator was disconnected for too long.';
  if (end.reason === 'no_operator') return 'This chat ended: no operator could take it.';
  return end.by === 'visitor'
    ? 'The visitor closed this chat.'
    : end.by === 'operator'
      ? 'This chat was closed.'
      : 'This chat was closed by Parley.';
}

/** One chat (F11): messages and internal notes, typing both ways, visitor panel, transfer and close. */
export function Conversation(props: {
  chat: ChatView;
  store: ChatStore;
  drafts: Map<string, string>;
  categoryName: (id: string | null) => string | null;
}) {
  const [closing, setClosing] = createSignal(false);
  const { companyId, company } = useCompany();
  const articles = () => {
    const publicKey = company.latest?.publicKey;
    return publicKey ? { companyId, publicKey, lang: props.chat.visitor.language } : undefined;
  };
  const state = () => props.store.state();
  const operatorName = (id: string | null) => (id && state().config?.operators.find((o) => o.id === id)?.name) || 'Operator';
  const name = () => visitorLabel(props.chat.visitor.displayId);
  return (
    <div class="chat-conversation-wrap">
      <section class="chat-conversation" aria-label={`Chat with ${name()}`}>
        <header class="conversation-head">
          <h2>{name()}</h2>
          <Show when={!props.chat.ended}>
            <div class="conversation-actions">
              <TransferControl
                me={state().operatorId}
                config={state().config}
                presence={state().presence}
                onTransfer={(to) => props.store.transfer(props.chat.id, to)}
              />
              <button type="button" class="danger" onClick={() => setClosing(true)}>
                Close chat
              </button>
            </div>
          </Show>
        </header>
        <Show when={props.chat.ended}>
          {(end) => (
            <div class="notice notice-warning ended-note" role="status">
              {endedText(end())}{' '}
              <button type="button" class="link" onClick={() => props.store.remove(props.chat.id)}>
                Remove from list
              </button>
            </div>
          )}
        </Show>
        <Show when={props.chat.rating}>
          {(rating) => (
            <p class="chat-rating" role="status">
              The visitor rated this chat: <RatingBadge rating={rating()} />
            </p>
          )}
        </Show>
        <MessageList
          messages={props.chat.messages}
          pending={props.chat.pending}
          operatorName={operatorName}
          visitorName={name()}
          receipts={props.chat.receipts.visitor}
          onSeen={(seq) => props.store.seen(props.chat.id, seq)}
        />
        <VisitorDraft draft={props.chat.visitorDraft} />
        <p class="typing-note" aria-live="polite">
          {props.chat.visitorTyping && !props.chat.visitorDraft ? `${name()} is typing…` : ''}
        </p>
        <Composer
          chatId={props.chat.id}
          disabled={!!props.chat.ended}
          responses={state().config?.fastResponses ?? []}
          drafts={props.drafts}
          articles={articles()}
          onSend={(text, note, files) => (note ? props.store.note(props.chat.id, text) : props.store.send(props.chat.id, text, files))}
          upload={(file, onProgress) => props.store.upload(props.chat.id, file, onProgress)}
          onTyping={(typing) => props.store.typing(props.chat.id, typing)}
        />
      </section>
      <VisitorPanel
        visitor={props.chat.visitor}
        startedAt={props.chat.startedAt}
        categoryName={props.categoryName(props.chat.visitor.category)}
      />
      <Show when={closing()}>
        <ConfirmDialog
          title="Close this chat?"
          confirmLabel="Close chat"
          onConfirm={() => props.store.close(props.chat.id)}
          onClose={() => setClosing(false)}
        >
          <p>The visitor is told the chat has ended. It stays in the history.</p>
        </ConfirmDialog>
      </Show>
    </div>
  );
}
