/** Fields of a refused input, each with what is wrong with it. */
export type ErrorFields = Record<string, string>;

/** The body of every failed HTTP call (API.md), from the worker and the company room alike. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: ErrorFields };
}

/** `{error: {code, message, fields?}}`, with `fields` only when there are some. */
export function errorBody(code: string, message: string, fields?: ErrorFields): ErrorBody {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

/** The refusal of a widget on a page whose site its company didn't register (F3): from the worker or the company's objects. */
export const ORIGIN_NOT_ALLOWED = {
  status: 403,
  code: 'origin_not_allowed',
  message: 'This website is not registered to use the widget.',
} as const;
