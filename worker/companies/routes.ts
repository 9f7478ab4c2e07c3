import { Hono } from 'hono';
import type { AppEnv } from '../types';

/** Companies and everything under /api/companies/:companyId (F2–F8, F12). */
export const companyRoutes = new Hono<AppEnv>();
