import type { RouteDefinition } from '@solidjs/router';

export const settingsRoutes: RouteDefinition[] = [];
