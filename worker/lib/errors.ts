import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorFields = Record<string, string>;

/** The body of every failed API call (API.md): `{error: {code, message, fields?}}`. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: ErrorFields };
}

/** Thrown anywhere in a request; the app's error handler turns it into the JSON error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: ErrorFields,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

/** A company resource the caller can't see answers exactly like a missing one (API.md). */
export const notFound = (what = 'resource') => new ApiError(404, 'not_found', `No such ${what}.`);
export const forbidden = (message = 'Only the company owner can do this.') => new ApiError(403, 'forbidden', message);
export const unauthorized = () => new ApiError(401, 'unauthorized', 'Please log in.');
