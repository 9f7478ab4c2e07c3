import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { randomId } from '../../common/ids';

/**
 * An anonymous visitor's voting identity (F16: one vote per visitor and article). The browser
 * keeps a random `parley_voter` cookie for a year; D1 stores only its SHA-256, so the table can't
 * be joined back to a browser. Clearing cookies makes a new voter: an acceptable limit for a
 * "Was this helpful?" count, which needs no account.
 */
export const VOTER_COOKIE = 'parley_voter';
const YEAR_SECONDS = 365 * 24 * 60 * 60;
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

const sha256 = async (text: string) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};

export async function voterId<E extends { Bindings: Env }>(c: Context<E>): Promise<string> {
  let token = getCookie(c, VOTER_COOKIE);
  if (!token || !VALID.test(token)) {
    token = randomId();
    setCookie(c, VOTER_COOKIE, token, { path: '/', httpOnly: true, secure: true, sameSite: 'Lax', maxAge: YEAR_SECONDS });
  }
  return sha256(token);
}

/**
 * A widget visitor's voting identity (F19): their widget id, which the widget keeps like the
 * cookie's token and sends because a cross-site request carries no cookie; hashed the same way.
 * Without one (an old widget), the cookie rule applies.
 */
export async function widgetVoterId<E extends { Bindings: Env }>(c: Context<E>, visitor: string | undefined): Promise<string> {
  return visitor ? sha256(`widget:${visitor}`) : voterId(c);
}
