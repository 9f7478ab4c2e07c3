import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { PAGE_SECURITY_HEADERS } from '../common/security-headers';
import { headersFile, inlineScripts } from '../scripts/static-assets';
import { WIDGET_HEADER_RULES } from '../widget/static-headers';

/**
 * The assets `_headers` file (the console's security headers on every static path, the widget's
 * cache rules), and a guard: the console's CSP allows no inline script, so the build fails on one.
 * The console builds first and empties dist/public; the widget build adds its files beside it.
 */
function staticAssetRules(): Plugin {
  return {
    name: 'parley-static-asset-rules',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = inlineScripts(html);
        if (inline.length > 0) throw new Error(`console build: inline script in index.html, which the CSP blocks: ${inline.join(', ')}`);
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile({ '/*': PAGE_SECURITY_HEADERS, ...WIDGET_HEADER_RULES }) });
    },
  };
}

// The console SPA; the worker serves dist/public through Workers static assets.
export default defineConfig({
  root: path.join(import.meta.dirname),
  plugins: [solid(), staticAssetRules()],
  build: {
    outDir: path.join(import.meta.dirname, '../dist/public'),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://localhost:8787' } },
});
