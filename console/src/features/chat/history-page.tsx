import { A, createAsync, revalidate, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { plural } from '../../../../common/plural';
import type { HistoryQuery } from '../../../../common/schemas/chat-history';
import { FormError } from '../../components/form';
import { QueryState } from '../../components/query-state';
import { ApiCallError } from '../../lib/api';
import { useCompany } from '../companies/company-area/company-context';
import { companyPath } from '../companies/company-area/company-nav';
import { languageName } from '../companies/languages/language-names';
import { errorMessage } from '../companies/shared/error-message';
import { Highlighted } from './highlighted';
import { type HistoryForm, historyQuery, searchErrorText } from './history-filter';
import { getHistoryChat, getHistoryPage } from './history-queries';
import type { HistoryPage as HistoryPageAnswer } from './history-types';
import { visitorLabel } from './inbox';
import { MessageList } from './message-list';
import { RatingBadge } from './rating-badge';
import { VisitorDataActions } from './visitor-data-actions';
import './chat.css';
import './history.css';

type HistoryParams = { q?: string; visitor?: string; from?: string; to?: string; all?: string; rating?: string; open?: string };

/** The search form the URL describes, so a reload or a shared link shows the same search. */
function formOf(params: HistoryParams): HistoryForm {
  return {
    q: params.q ?? '',
    visitor: params.visitor ?? '',
    from: params.from ?? '',
    to: params.to ?? '',
    closedOnly: params.all !== '1',
    rating: params.rating === 'good' || params.rating === 'bad' ? params.rating : '',
  };
}

const sameJson = <T,>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);
const when = (ms: number) => new Date(ms).toLocaleString();
const messagesText = (n: number) => plural(n, { one: '{n} message', other: '{n} messages' });

/** A refused search names each bad field; anything else says what failed. */
function describeSearchError(err: unknown): string {
  return err instanceof ApiCallError ? searchErrorText(err) : `Couldn’t load chats: ${errorMessage(err)}`;
}

/**
 * Chat history (F11): the server filters by text, visitor, days and status; "Load more"
 * follows the cursor with the same filters. The search and the open chat are in the URL, and
 * the results follow the URL: searching navigates, and what the URL says is what is fetched.
 */
export default function HistoryPage() {
  const { companyId, isOwner } = useCompany();
  const [params, setParams] = useSearchParams<HistoryParams>();
  // Compared by value, so opening a chat (another parameter) keeps the results and the form as they are.
  const searched = createMemo(() => formOf(params), undefined, { equals: sameJson });
  const searchQuery = createMemo(() => historyQuery(searched()), undefined, { equals: sameJson });
  const [draft, setDraft] = createSignal<HistoryForm>(searched());
  // Back and forward change the search: the form shows the search the results are for.
  createEffect(on(searched, (form) => setDraft(form), { defer: true }));
  const patch = (p: Partial<HistoryForm>) => setDraft({ ...draft(), ...p });
  const [erasures, setErasures] = createSignal(0);
  const results = createMemo(() => ({ query: searchQuery(), erasures: erasures() }));

  const search = (e: SubmitEvent) => {
    e.preventDefault();
    const f = draft();
    const value = (s: string) => s.trim() || undefined;
    setParams({
      q: value(f.q),
      visitor: value(f.visitor),
      from: value(f.from),
      to: value(f.to),
      all: f.closedOnly ? undefined : '1',
      rating: value(f.rating),
    });
  };

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
        <div class="field">
          <label for="history-rating">Rating</label>
          <select
            id="history-rating"
            value={draft().rating}
            onChange={(e) => patch({ rating: e.currentTarget.value as HistoryForm['rating'] })}
          >
            <option value="">Any</option>
            <option value="good">Good</option>
            <option value="bad">Bad</option>
          </select>
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
          {/* A new search (or an erased visitor) starts a fresh list: its own first page, its own "Load more". */}
          <Show when={results()} keyed>
            {(r) => (
              <HistoryResults
                companyId={companyId}
                query={r.query}
                highlight={searched().q}
                filtered={!!(r.query.q || r.query.visitor || r.query.from || r.query.to || r.query.rating)}
                openId={params.open}
                onOpen={(id) => setParams({ open: id })}
              />
            )}
          </Show>
        </div>
        <Show when={params.open} keyed fallback={<p class="hint history-detail">Open a chat to read it.</p>}>
          {(chatId) => (
            <HistoryChatView
              companyId={companyId}
              chatId={chatId}
              isOwner={isOwner()}
              highlight={searched().q}
              onVisitorErased={() => {
                setParams({ open: undefined });
                void revalidate(getHistoryPage.key).then(() => setErasures(erasures() + 1));
              }}
            />
          )}
        </Show>
      </div>
    </div>
  );
}

/** The chats one search found: its first page as the URL asks, then older pages on "Load more". */
function HistoryResults(props: {
  companyId: string;
  query: HistoryQuery;
  highlight: string;
  filtered: boolean;
  openId: string | undefined;
  onOpen: (chatId: string) => void;
}) {
  const first = createAsync(() => getHistoryPage(props.companyId, props.query));
  const [older, setOlder] = createSignal<HistoryPageAnswer[]>([]);
  const [more, setMore] = createSignal<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const loadMore = async (cursor: string) => {
    setMore({ busy: true, error: null });
    try {
      const page = await getHistoryPage(props.companyId, { ...props.query, cursor });
      setOlder([...older(), page]);
      setMore({ busy: false, error: null });
    } catch (err) {
      setMore({ busy: false, error: errorMessage(err) });
    }
  };
  return (
    <QueryState data={first} what="chats" keys={getHistoryPage.keyFor(props.companyId, props.query)} describe={describeSearchError}>
      {(page) => {
        const rows = () => [...page().chats, ...older().flatMap((p) => p.chats)];
        const cursor = () => (older().at(-1) ?? page()).nextCursor;
        return (
          <>
            <Show
              when={rows().length > 0}
              fallback={<p class="hint">{props.filtered ? 'No chat matches this search.' : 'No chats yet.'}</p>}
            >
              <ul class="history-rows" aria-label="Chats found">
                <For each={rows()}>
                  {(c) => (
                    <li>
                      <button
                        type="button"
                        class="history-row"
                        aria-current={props.openId === c.id ? 'true' : undefined}
                        onClick={() => props.onOpen(c.id)}
                      >
                        <strong>
                          {visitorLabel(c.visitor.displayId)}{' '}
                          <Show when={c.rating}>{(rating) => <RatingBadge rating={rating()} comment={false} />}</Show>
                        </strong>
                        <span class="hint">
                          {when(c.startedAt)} · {languageName(c.visitor.language)} · {messagesText(c.messageCount)}
                          {c.operator ? ` · ${c.operator.name}` : ''}
                          {c.status === 'closed' ? '' : ` · ${c.status}`}
                        </span>
                        <span class="inbox-preview">
                          <Show when={c.preview} fallback="No messages">
                            {(text) => <Highlighted text={text()} query={props.highlight} />}
                          </Show>
                        </span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={cursor()}>
              {(after) => (
                <button type="button" onClick={() => void loadMore(after())} disabled={more().busy}>
                  {more().busy ? 'Loading…' : 'Load more'}
                </button>
              )}
            </Show>
            <FormError message={more().error} />
          </>
        );
      }}
    </QueryState>
  );
}

/** One past chat, read-only, with what was searched for marked. */
function HistoryChatView(props: { companyId: string; chatId: string; isOwner: boolean; highlight: string; onVisitorErased: () => void }) {
  const detail = createAsync(() => getHistoryChat(props.companyId, props.chatId));
  return (
    <section class="card history-detail" aria-label="Chat transcript">
      <QueryState data={detail} what="the chat" keys={getHistoryChat.keyFor(props.companyId, props.chatId)}>
        {(chat) => (
          <>
            <h3>
              {visitorLabel(chat().visitor.displayId)} · {new Date(chat().startedAt).toLocaleString()}
            </h3>
            <p class="hint">
              {chat().visitor.page.url}
              {chat().closedAt ? ` · closed ${new Date(chat().closedAt ?? 0).toLocaleString()}` : ''}
            </p>
            <Show when={chat().rating}>
              {(rating) => (
                <p class="chat-rating">
                  The visitor rated this chat: <RatingBadge rating={rating()} />
                </p>
              )}
            </Show>
            <Show when={props.isOwner}>
              <VisitorDataActions companyId={props.companyId} visitorId={chat().visitor.displayId} onErased={props.onVisitorErased} />
            </Show>
            <MessageList
              messages={chat().messages}
              visitorName={visitorLabel(chat().visitor.displayId)}
              operatorName={(id) => (chat().operator?.id === id ? chat().operator?.name : null) ?? 'Operator'}
              highlight={props.highlight}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
