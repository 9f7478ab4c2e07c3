import type { FormState } from '../../../lib/form-state';

/**
 * The error to show on the form itself: none when the failure is already shown beside a field
 * (the server's 409s carry the field too), so one mistake isn't announced twice.
 */
export function formLevelError(form: Pick<FormState, 'error' | 'fields'>): string | null {
  const placed = Object.keys(form.fields()).some((key) => key !== '_');
  return placed ? (form.fields()._ ?? null) : form.error();
}
