import { inject } from 'vitest';
import { type Account, registerVerified } from './accounts';

/** The service admin of every local run: wrangler.toml's ADMIN_EMAILS. */
export const SERVICE_ADMIN: Account = { email: 'admin@parley.test', password: 'correct horse battery staple', name: 'Parley Admin' };

let ready: Promise<Account> | undefined;

/** The admin's account, registered and verified by the first e2e file of the run that needs it. */
export function serviceAdmin(): Promise<Account> {
  ready ??= (async () => {
    const res = await fetch(`${inject('baseUrl')}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: inject('baseUrl') },
      body: JSON.stringify({ email: SERVICE_ADMIN.email, password: SERVICE_ADMIN.password }),
    });
    return res.ok ? SERVICE_ADMIN : registerVerified(SERVICE_ADMIN);
  })();
  return ready;
}
