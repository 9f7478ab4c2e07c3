import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { companyArticlePath } from '../../../../common/help/company-article-path';
import { plural } from '../../../../common/plural';
import { type Attachment, MAX_TEXT_CHARS, TYPING_IDLE_MS, TYPING_REPEAT_MS } from '../../../../common/protocol';
import { ArticlePicker } from './article-picker';
import { insertLink } from './article-picker-keys';
import { AttachmentTray, createTray, type Upload } from './attachment-tray';
import { CLOSED_PICKER, composerKey, pickerAfterInput } from './composer-keys';
import { type FastResponse, findTrigger, insertResponse, matchFastResponses } from './fast-response-match';
import './composer.css';

export const COMPOSER_ID = 'chat-composer';

/**
 * The message box (F11, F12): Enter sends, Shift+Enter adds a line, and `\` / `\\` open the
 * fast-response picker. The Note switch turns what is sent into an internal note: operators only
 * see it, and the visitor isn't shown "typing…" while it is written. The picker reads `responses` reactively, so a change the owner makes
 * elsewhere shows in an open picker at once (F13). Drafts survive switching chats. With `upload`,
 * files can be picked, pasted or dropped (F20): they upload at once and go with the next message.
 */
export function Composer(props: {
  chatId: string;
  disabled: boolean;
  responses: readonly FastResponse[];
  drafts: Map<string, string>;
  /** The company's help center (F19), for linking an article in the visitor's language. */
  articles?: { companyId: string; publicKey: string; lang: string };
  /** `note` says the text is an internal note, not a message to the visitor; `attachments` are uploaded files. */
  onSend: (text: string, note: boolean, attachments: Attachment[]) => void;
  /** Uploads a file to this chat; without it the composer takes text only. */
  upload?: Upload;
  onTyping: (typing: boolean) => void;
}) {
  let box!: HTMLTextAreaElement;
  const [noteMode, setNoteMode] = createSignal(false);
  const [text, setText] = createSignal(props.drafts.get(props.chatId) ?? '');
  const [caret, setCaret] = createSignal(text().length);
  const [picker, setPicker] = createSignal(CLOSED_PICKER);
  const [articlesOpen, setArticlesOpen] = createSignal(false);
  const trigger = createMemo(() => findTrigger(text(), caret()));
  const items = createMemo(() => {
    const t = trigger();
    return t ? matchFastResponses(props.responses, t) : [];
  });
  const tray = createTray((file, onProgress) => {
    if (!props.upload) throw new Error('this composer takes no files');
    return props.upload(file, onProgress);
  });
  let filePicker!: HTMLInputElement;
  const takesFiles = () => !!props.upload && !props.disabled && !noteMode();
  const addFiles = (files: FileList | null | undefined) => {
    if (files?.length && takesFiles()) tray.add([...files]);
  };
  const listId = `${COMPOSER_ID}-responses`;
  const optionId = (i: number) => `${listId}-${i}`;

  let typingSentAt = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const stopTyping = () => {
    clearTimeout(idleTimer);
    if (typingSentAt) props.onTyping(false);
    typingSentAt = 0;
  };
  const noteTyping = () => {
    if (noteMode()) return;
    const now = Date.now();
    if (now - typingSentAt > TYPING_REPEAT_MS) {
      typingSentAt = now;
      props.onTyping(true);
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(stopTyping, TYPING_IDLE_MS);
  };
  onCleanup(stopTyping);

  const update = (value: string, at: number) => {
    setText(value);
    setCaret(at);
    props.drafts.set(props.chatId, value);
    setPicker(pickerAfterInput(picker(), trigger()));
  };
  const syncCaret = () => {
    if (box.selectionStart === caret()) return;
    setCaret(box.selectionStart);
    setPicker(pickerAfterInput(picker(), trigger()));
  };

  const insert = (index: number) => {
    const t = trigger();
    const response = items()[index];
    if (!t || !response) return;
    const next = insertResponse(text(), t, response);
    box.value = next.text;
    box.setSelectionRange(next.caret, next.caret);
    update(next.text, next.caret);
    setPicker(CLOSED_PICKER);
    box.focus();
  };
  const closeArticles = () => {
    setArticlesOpen(false);
    box.focus();
  };
  const insertArticle = (slug: string) => {
    const a = props.articles!;
    const next = insertLink(text(), caret(), new URL(companyArticlePath(a.publicKey, a.lang, slug), location.origin).href);
    box.value = next.text;
    update(next.text, next.caret);
    closeArticles();
    box.setSelectionRange(next.caret, next.caret);
  };
  const canSend = () => !props.disabled && !tray.uploading() && (!!text().trim() || (!noteMode() && tray.ready().length > 0));
  const send = () => {
    const value = text();
    if (!canSend()) return;
    props.onSend(value, noteMode(), noteMode() ? [] : tray.ready());
    if (!noteMode()) tray.clearSent();
    stopTyping();
    box.value = '';
    update('', 0);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const result = composerKey(picker(), e, items().length);
    if (result.preventDefault) e.preventDefault();
    setPicker(result.state);
    if (result.action.type === 'insert') insert(result.action.index);
    else if (result.action.type === 'send') send();
  };

  const toggleNote = () => {
    stopTyping();
    setNoteMode(!noteMode());
    box.focus();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the Attach button does the same from the keyboard.
    <div
      class="composer"
      classList={{ 'composer-note': noteMode() }}
      onDragOver={(e) => {
        if (takesFiles() && e.dataTransfer?.types.includes('Files')) e.preventDefault();
      }}
      onDrop={(e) => {
        if (!takesFiles() || !e.dataTransfer?.files.length) return;
        e.preventDefault();
        addFiles(e.dataTransfer.files);
      }}
    >
      <Show when={articlesOpen() && props.articles}>
        {(a) => <ArticlePicker companyId={a().companyId} lang={a().lang} onPick={insertArticle} onClose={closeArticles} />}
      </Show>
      <Show when={picker().open}>
        <div class="fast-picker">
          <p class="fast-picker-head" id={`${listId}-label`}>
            {trigger()?.kind === 'text' ? 'Fast responses without a nickname' : 'Fast responses by nickname'} · ↑↓ to move, Enter to insert,
            Esc to close
          </p>
          <Show
            when={items().length > 0}
            fallback={<p class="hint fast-picker-empty">{emptyText(trigger()?.kind ?? 'nickname', props.responses.length)}</p>}
          >
            <div class="fast-picker-list" id={listId} role="listbox" aria-labelledby={`${listId}-label`}>
              <For each={items()}>
                {(r, i) => (
                  // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/useKeyWithClickEvents: focus stays in the textarea, whose arrow keys and Enter drive these options (aria-activedescendant).
                  <div
                    id={optionId(i())}
                    role="option"
                    aria-selected={picker().active === i()}
                    classList={{ active: picker().active === i() }}
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseEnter={() => setPicker({ ...picker(), active: i() })}
                    onClick={() => insert(i())}
                  >
                    <Show when={r.nickname}>
                      <strong class="fast-nick">\{r.nickname}</strong>{' '}
                    </Show>
                    <span class="fast-text">{r.text}</span>
                  </div>
                )}
              </For>
            </div>
          </Show>
        </div>
      </Show>
      <label class="visually-hidden" for={COMPOSER_ID}>
        {noteMode() ? 'Internal note' : 'Message'}
      </label>
      <textarea
        ref={box}
        id={COMPOSER_ID}
        rows={3}
        maxLength={MAX_TEXT_CHARS}
        value={text()}
        disabled={props.disabled}
        placeholder={
          props.disabled
            ? 'This chat has ended.'
            : noteMode()
              ? 'Internal note: only operators see it · Enter to add, Shift+Enter for a new line'
              : 'Type a message · \\ for fast responses · Enter to send, Shift+Enter for a new line'
        }
        // A multi-line textbox (no combobox role: a textarea may not take one): it suggests from a
        // list, which it names only while shown, and points at the option its arrow keys move to.
        aria-autocomplete="list"
        aria-controls={picker().open && items().length > 0 ? listId : undefined}
        aria-activedescendant={picker().open && items().length > 0 ? optionId(picker().active) : undefined}
        onInput={(e) => {
          update(e.currentTarget.value, e.currentTarget.selectionStart);
          if (e.currentTarget.value.trim()) noteTyping();
          else stopTyping();
        }}
        onKeyDown={onKeyDown}
        onPaste={(e) => {
          // A pasted screenshot arrives as a file; pasted text goes on as usual.
          if (!takesFiles() || !e.clipboardData?.files.length) return;
          e.preventDefault();
          addFiles(e.clipboardData.files);
        }}
        onKeyUp={syncCaret}
        onClick={syncCaret}
        onBlur={() => setPicker(CLOSED_PICKER)}
      />
      <AttachmentTray tray={tray} />
      <div class="composer-actions">
        <Show when={props.upload && !noteMode()}>
          <input
            ref={filePicker}
            type="file"
            multiple
            class="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              addFiles(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <button
            type="button"
            disabled={props.disabled}
            title="Send files: pick them, paste a screenshot or drop them here"
            onClick={() => filePicker.click()}
          >
            Attach
          </button>
        </Show>
        <button
          type="button"
          class="note-toggle"
          aria-pressed={noteMode()}
          disabled={props.disabled}
          title="Write an internal note that only operators see"
          onClick={toggleNote}
        >
          {noteMode() ? 'Note: on' : 'Note'}
        </button>
        <Show when={props.articles}>
          <button
            type="button"
            aria-expanded={articlesOpen()}
            disabled={props.disabled}
            title="Insert a link to one of your help articles"
            onClick={() => setArticlesOpen(!articlesOpen())}
          >
            Article
          </button>
        </Show>
        <span class="hint">
          {text().length > MAX_TEXT_CHARS - 200
            ? plural(MAX_TEXT_CHARS - text().length, { one: '{n} character left', other: '{n} characters left' })
            : noteMode()
              ? 'The visitor will not see this.'
              : ''}
        </span>
        <button type="button" class="primary" disabled={!canSend()} onClick={send}>
          {noteMode() ? 'Add note' : 'Send'}
        </button>
      </div>
    </div>
  );
}

function emptyText(kind: 'nickname' | 'text', total: number): string {
  if (total === 0) return 'Your company has no fast responses yet. The owner adds them under Fast responses.';
  return kind === 'nickname'
    ? 'No fast response has a nickname starting with that.'
    : 'No fast response without a nickname contains that text.';
}
