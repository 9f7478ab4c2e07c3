import { hc } from 'hono/client';
import type { AppType } from '../../../worker/app';

/** The one typed API client: paths, bodies and answers come from the worker's route table. */
export const api = hc<AppType>('/', { init: { credentials: 'same-origin' } });

/** A failed API call, carrying the server's `{error: {code, message, fields}}`. */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface ErrorJson {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
}

/**
 * Awaits a typed client call and returns its JSON body, or throws `ApiCallError` with the
 * server's message (or a network message) so forms can show it where it happened.
 */
export async function call<T>(request: Promise<{ ok: boolean; status: number; json(): Promise<T> }>): Promise<T> {
  let res: Awaited<typeof request>;
  try {
    res = await request;
  } catch {
    throw new ApiCallError(0, 'network', 'Cannot reach the server. Check your connection and try again.');
  }
  if (res.ok) return res.status === 204 ? (undefined as T) : res.json();
  const body = (await res.json().catch(() => ({}))) as ErrorJson;
  throw new ApiCallError(
    res.status,
    body.error?.code ?? 'http_error',
    body.error?.message ?? `Request failed (${res.status}).`,
    body.error?.fields,
  );
}
