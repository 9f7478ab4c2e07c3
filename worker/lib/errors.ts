import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorBody, type ErrorFields, errorBody } from '../../common/errors';

export type { ErrorBody, ErrorFields };

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
    return errorBody(this.code, this.message, this.fields);
  }
}

/** A company resource the caller can't see answers exactly like a missing one (API.md). */
export const notFound = (what = 'resource') => new ApiError(404, 'not_found', `No such ${what}.`);
export const forbidden = (message = 'Only the company owner can do this.') => new ApiError(403, 'forbidden', message);
export const unauthorized = () => new ApiError(401, 'unauthorized', 'Please log in.');
