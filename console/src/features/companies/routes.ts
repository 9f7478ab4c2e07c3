import type { RouteDefinition } from '@solidjs/router';

export const companiesRoutes: RouteDefinition[] = [];
