import { A, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { api, call } from '../../lib/api';
import { useCompany } from '../companies/company-area/company-context';
import { companyPath } from '../companies/company-area/company-nav';
import { languageName } from '../companies/languages/language-names';
import { errorMessage } from '../companies/shared/error-message';
import { createLoader } from '../companies/shared/loader';
import { type HistoryForm, historyQuery, searchErrorText } from './history-filter';
import type { HistoryChat, HistoryDetail } from './history-types';
import { visitorLabel } from './inbox';
import { MessageList } from './message-list';
import { VisitorDataActions } from './visitor-data-actions';
import './chat.css';

type HistoryParams = { q?: string; visitor?: string; from?: string; to?: string; all?: string; open?: string };

/** The search form the URL describes, so a reload or a shared link shows the same search. */
function formOf(params: HistoryParams): HistoryForm {
  return { q: params.q ?? '', visitor: params.visitor ?? '', from: params.from ?? '', to: params.to ?? '', closedOnly: params.all !== '1' };
}

/**
 * Chat history (F11): the server filters by text, visitor, days and status; "Load more"
 * follows the cursor with the same filters. The search and the open chat are in the URL.
 */
export default function HistoryPage() {
  const { companyId, isOwner } = useCompany();
  const client = api.api.companies[':companyId'].chats;
  const [params, setParams] = useSearchParams<HistoryParams>();
  const [rows, setRows] = createSignal<HistoryChat[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [more, setMore] = createSignal<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const [draft, setDraft] = createSignal<HistoryForm>(formOf(params));
  const patch = (p: Partial<HistoryForm>) => setDraft({ ...draft(), ...p });
  const searched = () => formOf(params);
  const filtered = () => {
    const f = searched();
    return !!(f.q || f.visitor || f.from || f.to);
  };

  const first = createLoader(async () => {
    const page = await call(client.$get({ param: { companyId }, query: historyQuery(searched()) }));
    setRows(page.chats);
    setCursor(page.nextCursor);
    setMore({ busy: false, error: null });
    return page;
  });
  const search = (e: SubmitEvent) => {
    e.preventDefault();
    const f = draft();
    const value = (s: string) => s.trim() || undefined;
    setParams({ q: value(f.q), visitor: value(f.visitor), from: value(f.from), to: value(f.to), all: f.closedOnly ? undefined : '1' });
    void first.reload();
  };
  const loadMore = async () => {
    const after = cursor();
    if (!after) return;
    setMore({ busy: true, error: null });
    try {
      const page = await call(client.$get({ param: { companyId }, query: historyQuery(searched(), after) }));
      setRows([...rows(), ...page.chats]);
      setCursor(page.nextCursor);
      setMore({ busy: false, error: null });
    } catch (err) {
      setMore({ busy: false, error: errorMessage(err) });
    }
  };
  const when = (ms: number) => new Date(ms).toLocaleString();

  return (
    <div class="history-page">
      <div class="page-head">
        <h2 class="page-title">Chat history</h2>
        <A href={companyPath(companyId, 'chat')}>Back to chats</A>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is not in every supported browser yet; the role says the same. */}
      <form class="history-filters card" role="search" onSubmit={search}>
        <div class="field">
          <label for="history-q">Text in messages</label>
          <input
            id="history-q"
            type="search"
            value={draft().q}
            onInput={(e) => patch({ q: e.currentTarget.value })}
            placeholder="e.g. refund"
          />
        </div>
        <div class="field">
          <label for="history-visitor">Visitor</label>
          <input
            id="history-visitor"
            value={draft().visitor}
            onInput={(e) => patch({ visitor: e.currentTarget.value })}
            placeholder="id or Visitor 3C4D"
          />
        </div>
        <div class="field">
          <label for="history-from">From</label>
          <input id="history-from" type="date" value={draft().from} onInput={(e) => patch({ from: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="history-to">To</label>
          <input id="history-to" type="date" value={draft().to} onInput={(e) => patch({ to: e.currentTarget.value })} />
        </div>
        <label class="history-closed">
          <input type="checkbox" checked={draft().closedOnly} onChange={(e) => patch({ closedOnly: e.currentTarget.checked })} /> Closed
          chats only
        </label>
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      <div class="history-body">
        <div class="card history-list">
          <Show
            when={!first.error()}
            fallback={
              <p class="form-error" role="alert">
                {searchErrorText(first.error() ?? { message: '' })}{' '}
                <button type="button" onClick={() => void first.reload()}>
                  Retry
                </button>
              </p>
            }
          >
            <Show when={!first.loading() || rows().length > 0} fallback={<p class="loading">Loading chats…</p>}>
              <Show when={rows().length > 0} fallback={<p class="hint">{filtered() ? 'No chat matches this search.' : 'No chats yet.'}</p>}>
                <ul class="history-rows">
                  <For each={rows()}>
                    {(c) => (
                      <li>
                        <button
                          type="button"
                          class="history-row"
                          aria-current={params.open === c.id ? 'true' : undefined}
                          onClick={() => setParams({ open: c.id })}
                        >
                          <strong>{visitorLabel(c.visitor.displayId)}</strong>
                          <span class="hint">
                            {when(c.startedAt)} · {languageName(c.visitor.language)} · {c.messageCount} messages
                            {c.operator ? ` · ${c.operator.name}` : ''}
                            {c.status === 'closed' ? '' : ` · ${c.status}`}
                          </span>
                          <span class="inbox-preview">{c.preview ?? 'No messages'}</span>
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={cursor()}>
                <button type="button" onClick={() => void loadMore()} disabled={more().busy}>
                  {more().busy ? 'Loading…' : 'Load more'}
                </button>
              </Show>
              <Show when={more().error}>
                <p class="form-error" role="alert">
                  {more().error}
                </p>
              </Show>
            </Show>
          </Show>
        </div>
        <Show when={params.open} keyed fallback={<p class="hint history-detail">Open a chat to read it.</p>}>
          {(chatId) => (
            <HistoryChatView
              companyId={companyId}
              chatId={chatId}
              isOwner={isOwner()}
              onVisitorErased={() => {
                setParams({ open: undefined });
                void first.reload();
              }}
            />
          )}
        </Show>
      </div>
    </div>
  );
}

/** One past chat, read-only. */
function HistoryChatView(props: { companyId: string; chatId: string; isOwner: boolean; onVisitorErased: () => void }) {
  const detail = createLoader<HistoryDetail>(() =>
    call(api.api.companies[':companyId'].chats[':chatId'].$get({ param: { companyId: props.companyId, chatId: props.chatId } })),
  );
  return (
    <section class="card history-detail" aria-label="Chat transcript">
      <Show
        when={detail.data()}
        fallback={
          detail.error() ? (
            <p class="form-error" role="alert">
              {detail.error()?.message}
            </p>
          ) : (
            <p class="loading">Loading chat…</p>
          )
        }
      >
        {(chat) => (
          <>
            <h3>
              {visitorLabel(chat().visitor.displayId)} · {new Date(chat().startedAt).toLocaleString()}
            </h3>
            <p class="hint">
              {chat().visitor.page.url}
              {chat().closedAt ? ` · closed ${new Date(chat().closedAt ?? 0).toLocaleString()}` : ''}
            </p>
            <Show when={props.isOwner}>
              <VisitorDataActions companyId={props.companyId} visitorId={chat().visitor.displayId} onErased={props.onVisitorErased} />
            </Show>
            <MessageList
              messages={chat().messages}
              visitorName={visitorLabel(chat().visitor.displayId)}
              operatorName={(id) => (chat().operator?.id === id ? chat().operator?.name : null) ?? 'Operator'}
            />
          </>
        )}
      </Show>
    </section>
  );
}
