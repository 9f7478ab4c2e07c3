import { vValidator } from '@hono/valibot-validator';
import type { ValidationTargets } from 'hono';
import * as v from 'valibot';
import { ApiError, type ErrorFields } from './errors';

/** Turns valibot issues into `{field: message}`, one message per field (the first). */
export function issuesToFields(issues: readonly v.BaseIssue<unknown>[]): ErrorFields {
  const fields: ErrorFields = {};
  for (const issue of issues) {
    const key = v.getDotPath(issue) ?? '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * Validates one part of the request with a shared valibot schema; a failure answers 400
 * `invalid_input` naming each bad field. Handlers read the result with `c.req.valid(target)`.
 */
export const validate = <T extends v.GenericSchema, Target extends keyof ValidationTargets>(target: Target, schema: T) =>
  vValidator(target, schema, (result) => {
    if (!result.success) {
      throw new ApiError(400, 'invalid_input', 'Some fields are not valid.', issuesToFields(result.issues));
    }
  });
