import type { RouteDefinition } from '@solidjs/router';

export const devMailRoutes: RouteDefinition[] = [];
