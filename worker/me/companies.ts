import { Hono } from 'hono';
import type { AppEnv } from '../types';

/** The signed-in user's invitations (accept/decline) and memberships (leave) (F6). */
export const myCompanyRoutes = new Hono<AppEnv>();
