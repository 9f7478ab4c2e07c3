import { createSignal, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ATTACHMENT_MAX_MEGABYTES_MAX, ATTACHMENT_MAX_MEGABYTES_MIN } from '../../../../../common/attachments/limits';
import {
  BUSY_BEHAVIOURS,
  type BusyBehaviour,
  CompanySettingsBodySchema,
  GREETING_MAX_LENGTH,
  MAX_CHATS_MAX,
  MAX_CHATS_MIN,
  MAX_QUEUE_LENGTH_MAX,
  MAX_QUEUE_LENGTH_MIN,
  NEW_CHATS_PER_MINUTE_MAX,
  NEW_CHATS_PER_MINUTE_MIN,
  RETENTION_DAYS_MAX,
  RETENTION_DAYS_MIN,
  WIDGET_POSITIONS,
} from '../../../../../common/schemas/company';
import { CheckField, Field, FormError, Notice, SubmitButton } from '../../../components/form';
import { createFormState } from '../../../lib/form-state';
import { formLevelError } from '../shared/form-level-error';
import { submitted } from '../shared/submitted';
import { type SettingsDraft, settingsBody } from './settings-draft';

/** What each busy behaviour does, in the owner's words (F10). */
const BUSY_LABELS: Record<BusyBehaviour, { label: string; hint: string }> = {
  queue: { label: 'Queue them', hint: 'The chat stays on offer; visitors see their place and the expected wait.' },
  offline_form: { label: 'Offer the offline form', hint: 'Visitors leave a message to be answered by email.' },
  hide: { label: 'Hide the widget', hint: 'The widget shows only while an operator has room for a chat.' },
};

/** The owner's settings form (F2). `onSave` gets the PATCH body; its failure shows inline. */
export function SettingsForm(props: { initial: SettingsDraft; onSave: (body: ReturnType<typeof settingsBody>) => Promise<unknown> }) {
  const form = createFormState();
  const [draft, setDraft] = createStore<SettingsDraft>({ ...props.initial });
  const [saved, setSaved] = createSignal(false);
  const err = (field: keyof SettingsDraft) => form.fields()[field];

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = settingsBody(draft);
    if (await submitted(form, () => props.onSave(body), { schema: CompanySettingsBodySchema, value: body })) setSaved(true);
  };

  return (
    <form class="settings-form" onSubmit={submit} onInput={() => setSaved(false)} novalidate>
      <FormError message={formLevelError(form)} />
      <Field
        label="Company name"
        name="name"
        value={draft.name}
        onInput={(e) => setDraft('name', e.currentTarget.value)}
        error={err('name')}
      />
      <Field
        label="Notification email"
        name="notificationEmail"
        type="email"
        hint="Offline messages are emailed here once the address is confirmed; until then, or when empty, they go to the owner's email. All of them are also in Offline messages."
        value={draft.notificationEmail}
        onInput={(e) => setDraft('notificationEmail', e.currentTarget.value)}
        error={err('notificationEmail')}
      />
      <CheckField
        label="Show the offline form when no operator is free"
        checked={draft.offlineFormEnabled}
        onChange={(on) => setDraft('offlineFormEnabled', on)}
      />
      <CheckField
        label="Ask visitors to rate the chat when it ends"
        checked={draft.ratingEnabled}
        onChange={(on) => setDraft('ratingEnabled', on)}
      />
      <CheckField
        label="Show visitors' typing to operators"
        checked={draft.typingPreviewEnabled}
        onChange={(on) => setDraft('typingPreviewEnabled', on)}
        hint="Operators see what a visitor types before it is sent; the widget tells visitors so while this is on."
      />
      <Field
        label="Max concurrent chats per operator"
        name="maxChatsPerOperator"
        type="number"
        inputmode="numeric"
        min={MAX_CHATS_MIN}
        max={MAX_CHATS_MAX}
        value={draft.maxChatsPerOperator}
        onInput={(e) => setDraft('maxChatsPerOperator', e.currentTarget.value)}
        error={err('maxChatsPerOperator')}
      />
      <fieldset class="field">
        <legend>When every operator is busy</legend>
        <div class="radio-row">
          {BUSY_BEHAVIOURS.map((behaviour) => (
            <label>
              <input
                type="radio"
                name="busyBehaviour"
                value={behaviour}
                checked={draft.busyBehaviour === behaviour}
                onChange={() => setDraft('busyBehaviour', behaviour)}
              />{' '}
              {BUSY_LABELS[behaviour].label}
            </label>
          ))}
        </div>
        <small class="hint">{BUSY_LABELS[draft.busyBehaviour].hint}</small>
      </fieldset>
      <Field
        label="Maximum queue length"
        name="maxQueueLength"
        type="number"
        inputmode="numeric"
        min={MAX_QUEUE_LENGTH_MIN}
        max={MAX_QUEUE_LENGTH_MAX}
        hint="Past it, a busy widget behaves as if nobody were online."
        value={draft.maxQueueLength}
        onInput={(e) => setDraft('maxQueueLength', e.currentTarget.value)}
        error={err('maxQueueLength')}
      />
      <Field
        label="Keep closed chats for (days)"
        name="retentionDays"
        type="number"
        inputmode="numeric"
        min={RETENTION_DAYS_MIN}
        max={RETENTION_DAYS_MAX}
        value={draft.retentionDays}
        onInput={(e) => setDraft('retentionDays', e.currentTarget.value)}
        error={err('retentionDays')}
      />
      <Field
        label="Largest file in chats (MB)"
        name="attachmentMaxMegabytes"
        type="number"
        inputmode="numeric"
        min={ATTACHMENT_MAX_MEGABYTES_MIN}
        max={ATTACHMENT_MAX_MEGABYTES_MAX}
        hint="Visitors and operators can send images, PDFs, text and office documents up to this size."
        value={draft.attachmentMaxMegabytes}
        onInput={(e) => setDraft('attachmentMaxMegabytes', e.currentTarget.value)}
        error={err('attachmentMaxMegabytes')}
      />
      <Field
        label="Time zone"
        name="timeZone"
        autocomplete="off"
        spellcheck={false}
        hint="Reports count days and hours in this time zone, for example Europe/Kyiv."
        value={draft.timeZone}
        onInput={(e) => setDraft('timeZone', e.currentTarget.value)}
        error={err('timeZone')}
      />
      <Field
        label="New chats per minute, all visitors together (limits floods)"
        name="newChatsPerMinute"
        type="number"
        inputmode="numeric"
        min={NEW_CHATS_PER_MINUTE_MIN}
        max={NEW_CHATS_PER_MINUTE_MAX}
        value={draft.newChatsPerMinute}
        onInput={(e) => setDraft('newChatsPerMinute', e.currentTarget.value)}
        error={err('newChatsPerMinute')}
      />
      <div class="field">
        <label for="f-greeting">Widget greeting</label>
        <textarea
          id="f-greeting"
          rows={2}
          maxLength={GREETING_MAX_LENGTH}
          value={draft.greeting}
          aria-invalid={err('greeting') ? 'true' : undefined}
          onInput={(e) => setDraft('greeting', e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.shiftKey) return;
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }}
        />
        <small class="hint">
          {draft.greeting.length}/{GREETING_MAX_LENGTH} · Shown to visitors when the chat opens.
        </small>
        <Show when={err('greeting')}>
          <small class="field-error" role="alert">
            {err('greeting')}
          </small>
        </Show>
      </div>
      <div class="field-row">
        <div class="field">
          <label for="f-color">Widget colour</label>
          <div class="color-input">
            <input type="color" id="f-color" value={draft.color} onInput={(e) => setDraft('color', e.currentTarget.value)} />
            <input
              aria-label="Widget colour (hex)"
              value={draft.color}
              onInput={(e) => setDraft('color', e.currentTarget.value)}
              aria-invalid={err('color') ? 'true' : undefined}
            />
          </div>
          <Show when={err('color')}>
            <small class="field-error" role="alert">
              {err('color')}
            </small>
          </Show>
        </div>
        <fieldset class="field">
          <legend>Widget position</legend>
          <div class="radio-row">
            {WIDGET_POSITIONS.map((position) => (
              <label>
                <input
                  type="radio"
                  name="position"
                  value={position}
                  checked={draft.position === position}
                  onChange={() => setDraft('position', position)}
                />{' '}
                {position === 'right' ? 'Bottom right' : 'Bottom left'}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div class="form-actions">
        <SubmitButton busy={form.busy()} busyLabel="Saving…">
          Save settings
        </SubmitButton>
        <Show when={saved()}>
          <Notice kind="success">Settings saved.</Notice>
        </Show>
      </div>
    </form>
  );
}
