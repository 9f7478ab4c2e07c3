import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { latestMailTo } from './mail';

/** A registered account's credentials. */
export interface Account {
  email: string;
  password: string;
  name: string;
}

let counter = 0;

/** A fresh, unique account (not yet registered). `label` shows in the address and name. */
export function newAccount(label: string): Account {
  const id = `${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    email: `${label}-${id}@example.test`,
    password: 'correct horse battery staple',
    name: `${label[0]!.toUpperCase()}${label.slice(1)} ${id}`,
  };
}

async function post(path: string, body: unknown): Promise<Response> {
  const res = await fetch(`${inject('baseUrl')}${path}`, {
    method: 'POST',
    // Sign-ups are limited per client address; locally the client may name its own (as benches do).
    headers: {
      'content-type': 'application/json',
      'cf-connecting-ip': `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`,
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} → ${res.status}: ${await res.text()}`);
  return res;
}

/**
 * Registers `account` through the API and verifies it with the token from the link in its
 * verification mail (the dev mailbox), as the person would by clicking it.
 */
export async function registerVerified(account: Account = newAccount('user')): Promise<Account> {
  await post('/api/auth/register', account);
  const mail = await latestMailTo(account.email);
  const link = mail.links.map((l) => new URL(l, inject('baseUrl'))).find((u) => u.pathname === '/verify' && u.searchParams.has('token'));
  if (!link) throw new Error(`no verification link in the mail to ${account.email}: ${mail.links.join(', ')}`);
  await post('/api/auth/verify', { token: link.searchParams.get('token') });
  return account;
}

/**
 * Signs the page's browser context in: the login call runs inside the page, so the browser
 * itself stores the session cookie exactly as after using the login form.
 */
export async function signIn(page: Page, account: Account): Promise<void> {
  await page.goto(`${inject('baseUrl')}/login`);
  const status = await page.evaluate(async ({ email, password }) => {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return res.status;
  }, account);
  if (status !== 200) throw new Error(`login of ${account.email} answered ${status}`);
}
