import { env, SELF } from 'cloudflare:test';
import { randomId } from '../common/ids';
import { getDb } from '../db/client';
import { users } from '../db/schema';
import { hashPassword } from '../worker/auth/password';
import { createSession, SESSION_COOKIE } from '../worker/auth/session';

export const ORIGIN = 'http://localhost';
export const db = () => getDb(env.DB);

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  /** `Cookie` header value of a fresh session of this user. */
  cookie: string;
}

let passwordHashCache: string | undefined;

/**
 * Inserts a user straight into D1 (verified unless told otherwise) with a live session.
 * Every call makes a new, unique account so tests never collide on shared storage.
 */
export async function createUser(opts: { verified?: boolean; name?: string; email?: string } = {}): Promise<TestUser> {
  const id = randomId();
  const email = opts.email ?? `user-${id.toLowerCase()}@example.test`;
  const name = opts.name ?? 'Test User';
  const password = 'correct horse battery';
  passwordHashCache ??= await hashPassword(password);
  const now = new Date();
  await db()
    .insert(users)
    .values({ id, email, name, passwordHash: passwordHashCache, verifiedAt: opts.verified === false ? null : now, createdAt: now });
  const { token } = await createSession(db(), id);
  return { id, email, name, password, cookie: `${SESSION_COOKIE}=${token}` };
}

/** The same account signed in a second time (another browser): a new session and its cookie. */
export async function anotherSession(user: TestUser): Promise<TestUser> {
  const { token } = await createSession(db(), user.id);
  return { ...user, cookie: `${SESSION_COOKIE}=${token}` };
}

/**
 * `SELF.fetch` as the console would send it: same-origin headers, JSON body, the user's cookie.
 */
export function apiFetch(
  path: string,
  init: { method?: string; body?: unknown; user?: TestUser | null; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { origin: ORIGIN, 'sec-fetch-site': 'same-origin', ...init.headers };
  if (init.user) headers.cookie = init.user.cookie;
  let body: BodyInit | undefined;
  if (init.body !== undefined) {
    if (init.body instanceof Uint8Array || typeof init.body === 'string') body = init.body as BodyInit;
    else {
      body = JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
  }
  return SELF.fetch(`${ORIGIN}${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
}
