import path from 'node:path';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// The console SPA; the worker serves dist/public through Workers static assets.
export default defineConfig({
  root: path.join(import.meta.dirname),
  plugins: [solid()],
  build: {
    outDir: path.join(import.meta.dirname, '../dist/public'),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://localhost:8787' } },
});
