import type { Db } from '../db/client';

/** The signed-in user as handlers see it (never the password hash). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  verified: boolean;
}

/** Hono generics for every sub-app: bindings from wrangler.toml, and what middleware sets. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    db: Db;
    user: SessionUser | null;
    sessionId: string | null;
  };
}
