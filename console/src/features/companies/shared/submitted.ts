import type { FormState, Precheck } from '../../../lib/form-state';

/**
 * Runs `action` through the form's state (busy flag, inline errors) and says whether it
 * succeeded: `form.submit` answers `undefined` on failure, which a successful action returning
 * nothing would look like too.
 */
export async function submitted(form: Pick<FormState, 'submit'>, action: () => Promise<unknown>, precheck?: Precheck): Promise<boolean> {
  const ok = await form.submit(async () => {
    await action();
    return true as const;
  }, precheck);
  return ok === true;
}
