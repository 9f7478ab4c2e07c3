import { expect } from 'vitest';
import { apiFetch, type TestUser } from '../../../test/helpers';

/** An API error body (`{error: {code, message, fields?}}`). */
export interface ErrorJson {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** Reads a JSON answer after checking its status, showing the body when the status is wrong. */
// biome-ignore lint/suspicious/noExplicitAny: tests read answers of many shapes; the default keeps each call site short.
export async function expectJson<T = any>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Expects an error answer with this status and code, and returns its body. */
export async function expectError(res: Response, status: number, code: string): Promise<ErrorJson> {
  const body = await expectJson<ErrorJson>(res, status);
  expect(body.error.code).toBe(code);
  return body;
}

/** Creates a company through the API as `owner`. */
export async function createCompanyAs(owner: TestUser, name = 'Acme'): Promise<{ id: string; name: string; publicKey: string }> {
  return expectJson(await apiFetch('/api/companies', { body: { name }, user: owner }), 201);
}

/** `/api/companies/:companyId` + `rest`. */
export const companyPath = (companyId: string, rest = '') => `/api/companies/${companyId}${rest}`;
