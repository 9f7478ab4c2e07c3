import { Hono } from 'hono';
import type { AppEnv } from '../types';

/** The operator chat page's WebSocket, forwarded to the company's Durable Object (F10, F11). */
export const operatorConnectRoutes = new Hono<AppEnv>();
