import path from 'node:path';
import { defineConfig } from 'vite';

// The visitor widget: a tiny loader at /widget.js plus content-hashed chunks under /w/.
export default defineConfig({
  root: path.join(import.meta.dirname),
  build: {
    outDir: path.join(import.meta.dirname, '../dist/public'),
    emptyOutDir: false,
    target: 'es2020',
    modulePreload: false,
    rollupOptions: {
      input: { widget: path.join(import.meta.dirname, 'src/loader.ts') },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'w/[name]-[hash].js',
        assetFileNames: 'w/[name]-[hash][extname]',
      },
    },
  },
});
