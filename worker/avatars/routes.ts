import { Hono } from 'hono';
import type { AppEnv } from '../types';

/** Serves avatar images from R2 with cache headers (F1). */
export const avatarRoutes = new Hono<AppEnv>();
