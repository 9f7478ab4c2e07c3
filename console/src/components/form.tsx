import { type JSX, type ParentProps, Show, splitProps } from 'solid-js';

/** A labelled input with its own error line (inline validation, announced to screen readers). */
export function Field(props: { label: string; error?: string | undefined; hint?: string } & JSX.InputHTMLAttributes<HTMLInputElement>) {
  const [own, input] = splitProps(props, ['label', 'error', 'hint']);
  const id = input.id ?? `f-${input.name ?? own.label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div class="field">
      <label for={id}>{own.label}</label>
      <input id={id} aria-invalid={own.error ? 'true' : undefined} aria-describedby={own.error ? `${id}-err` : undefined} {...input} />
      <Show when={own.hint && !own.error}>
        <small class="hint">{own.hint}</small>
      </Show>
      <Show when={own.error}>
        <small class="field-error" id={`${id}-err`} role="alert">
          {own.error}
        </small>
      </Show>
    </div>
  );
}

/** A labelled checkbox setting, with an optional hint under it. */
export function CheckField(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  return (
    <div class="field field-check">
      <label>
        <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} /> {props.label}
      </label>
      <Show when={props.hint}>
        <small class="hint">{props.hint}</small>
      </Show>
    </div>
  );
}

/** A submit button that shows progress and can't be pressed twice. */
export function SubmitButton(props: ParentProps<{ busy: boolean; busyLabel?: string; class?: string; disabled?: boolean }>) {
  return (
    <button type="submit" class={props.class ?? 'primary'} disabled={props.busy || props.disabled} aria-busy={props.busy}>
      {props.busy ? (props.busyLabel ?? 'Working…') : props.children}
    </button>
  );
}

/** A form-level error shown where it happened. */
export function FormError(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      <p class="form-error" role="alert">
        {props.message}
      </p>
    </Show>
  );
}

/** A short status message (saved, sent, heads-up), announced politely. */
export function Notice(props: ParentProps<{ kind?: 'info' | 'success' | 'warning' }>) {
  return (
    <p class={`notice notice-${props.kind ?? 'info'}`} role="status">
      {props.children}
    </p>
  );
}
