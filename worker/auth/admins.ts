import { createMiddleware } from 'hono/factory';
import { forbidden, unauthorized } from '../lib/errors';
import type { AppEnv, SessionUser } from '../types';

/** The service admins (ADMIN_EMAILS, comma-separated), lower-cased like account emails. */
export const adminEmails = (env: Env): string[] =>
  env.ADMIN_EMAILS.split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);

export const isAdmin = (env: Env, user: Pick<SessionUser, 'email' | 'verified'> | null): boolean =>
  !!user?.verified && adminEmails(env).includes(user.email.toLowerCase());

/** Parley's knowledge base is written by the service admins only: 401 signed out, 403 for anyone else. */
export const adminOnly = createMiddleware<AppEnv>(async (c, next) => {
  const user = c.get('user');
  if (!user) throw unauthorized();
  if (!isAdmin(c.env, user)) throw forbidden('Only Parley’s admins can do this.');
  await next();
});
