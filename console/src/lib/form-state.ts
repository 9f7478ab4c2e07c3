import { createSignal } from 'solid-js';
import { ApiCallError } from './api';

/**
 * State of one form submission: busy flag, form-level error and per-field errors from the
 * server's `fields`. `submit` runs the action and routes its failure to the right place.
 */
export function createFormState() {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [fields, setFields] = createSignal<Record<string, string>>({});

  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    setFields({});
    try {
      return await action();
    } catch (err) {
      if (err instanceof ApiCallError) {
        setFields(err.fields);
        if (Object.keys(err.fields).length === 0 || err.code !== 'invalid_input') setError(err.message);
      } else {
        setError('Something went wrong. Please try again.');
      }
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, fields, submit, setError };
}
