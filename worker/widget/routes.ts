import { Hono } from 'hono';
import type { AppEnv } from '../types';

/** Cross-origin widget endpoints: config, connect, offline messages (F9, F14). */
export const widgetRoutes = new Hono<AppEnv>();
