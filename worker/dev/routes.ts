import { Hono } from 'hono';
import type { AppEnv } from '../types';

/** Local development only: the captured mailbox (404 unless ENVIRONMENT=development). */
export const devRoutes = new Hono<AppEnv>();
