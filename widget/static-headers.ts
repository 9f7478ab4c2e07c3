/**
 * Cache rules of the widget's static files: chunks are content-hashed, so they are immutable; the
 * loader keeps one name, so browsers recheck it soon. Chunks are ES modules fetched cross-origin
 * by host pages (module scripts use CORS), hence the allow-origin header. The console build writes
 * them into the one assets `_headers` file (console/vite.config.ts), beside the console's own.
 */
export const WIDGET_HEADER_RULES = {
  '/widget.js': {
    'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400',
    'Access-Control-Allow-Origin': '*',
  },
  '/w/*': {
    'Cache-Control': 'public, max-age=31536000, immutable',
    'Access-Control-Allow-Origin': '*',
  },
} as const;
