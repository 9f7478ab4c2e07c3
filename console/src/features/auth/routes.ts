import type { RouteDefinition } from '@solidjs/router';

export const authRoutes: RouteDefinition[] = [];
