import { createSignal } from 'solid-js';
import * as v from 'valibot';
import { ApiCallError } from './api';

/** `{field: message}` for every field a shared schema rejects (first message each), or null when valid. */
export function schemaFieldErrors(schema: v.GenericSchema, value: unknown): Record<string, string> | null {
  const result = v.safeParse(schema, value);
  if (result.success) return null;
  const flat = v.flatten(result.issues);
  const fields: Record<string, string> = {};
  for (const [key, messages] of Object.entries(flat.nested ?? {})) {
    if (messages?.[0]) fields[key] = messages[0];
  }
  if (Object.keys(fields).length === 0) fields._ = flat.root?.[0] ?? result.issues[0].message;
  return fields;
}

/** The input a submission is checked against before it reaches the server. */
export interface Precheck {
  schema: v.GenericSchema;
  value: unknown;
}

/**
 * State of one form submission: busy flag, form-level error and per-field errors from the
 * server's `fields`. `submit` runs the action and routes its failure to the right place; with a
 * `precheck` it first validates the input against the same schema the server uses, so obvious
 * mistakes show inline without a round trip.
 */
export function createFormState() {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [fields, setFields] = createSignal<Record<string, string>>({});

  async function submit<T>(action: () => Promise<T>, precheck?: Precheck): Promise<T | undefined> {
    if (busy()) return undefined;
    setError(null);
    setFields({});
    const invalid = precheck ? schemaFieldErrors(precheck.schema, precheck.value) : null;
    if (invalid) {
      setFields(invalid);
      if (invalid._) setError(invalid._);
      return undefined;
    }
    setBusy(true);
    try {
      return await action();
    } catch (err) {
      if (err instanceof ApiCallError) {
        setFields(err.fields);
        // Field messages show beside their inputs; anything not tied to an input shows on the form.
        const unplaced = err.fields._ ?? (Object.keys(err.fields).length === 0 || err.code !== 'invalid_input' ? err.message : null);
        setError(unplaced);
      } else {
        setError('Something went wrong. Please try again.');
      }
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, fields, submit, setError, setFields };
}

/** What `createFormState()` returns, for components that render part of a form. */
export type FormState = ReturnType<typeof createFormState>;
