import path from 'node:path';
import { defineConfig, type Plugin, transformWithEsbuild } from 'vite';

const src = (p: string) => path.join(import.meta.dirname, 'src', p);
const LOADER = 'widget';
/** Marks the loader's own copy of a module it shares with the app (see `loaderCopies`). */
const LOADER_COPY = '?loader';

/**
 * The loader is one classic script, so it can't import a chunk shared with the app: every module
 * it imports resolves to a copy of its own (`?loader`), which Rollup bundles into it, while the
 * app keeps its own. The source stays one module (the saved state, the socket's URL).
 */
function loaderCopies(): Plugin {
  const loader = src('loader.ts');
  return {
    name: 'parley-loader-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || (importer !== loader && !importer.endsWith(LOADER_COPY))) return null;
      const resolved = await this.resolve(source, importer.replace(LOADER_COPY, ''), { ...options, skipSelf: true });
      return resolved && !resolved.external ? `${resolved.id}${LOADER_COPY}` : resolved;
    },
  };
}

/**
 * Library mode keeps Vite's module-preload helper out of the chunks (it would cost bytes and
 * touch the host page's <head>), but leaves whitespace unminified, so this plugin minifies every
 * chunk, turns the loader into one IIFE (a classic script adding no global but `window.Parley`),
 * and writes the app chunk's hashed path into it. Its cache headers are in static-headers.ts.
 */
function widgetBundle(): Plugin {
  return {
    name: 'parley-widget-bundle',
    // After every renderChunk: Vite's own transpile pass would re-print minified code with whitespace.
    async generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const out = await transformWithEsbuild(file.code, file.fileName, {
          loader: 'js',
          minifyWhitespace: true,
          minifyIdentifiers: true,
          minifySyntax: true,
          format: file.name === LOADER && file.isEntry ? 'iife' : 'esm',
          target: 'es2020',
          legalComments: 'none',
          charset: 'utf8',
        });
        file.code = out.code;
        file.map = null;
      }
      const app = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry && f.name === 'app');
      const loader = bundle[`${LOADER}.js`];
      if (!app || !loader || loader.type !== 'chunk') throw new Error('widget build: loader or app chunk missing');
      if (loader.imports.length > 0) throw new Error('widget build: the loader must not share modules with the app');
      loader.code = loader.code.replace('__PARLEY_APP__', JSON.stringify(app.fileName));
    },
  };
}

// The visitor widget: a tiny loader at /widget.js plus content-hashed ES chunks under /w/.
export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  plugins: [loaderCopies(), widgetBundle()],
  build: {
    outDir: path.join(import.meta.dirname, '../dist/public'),
    emptyOutDir: false,
    target: 'es2020',
    minify: false,
    lib: { entry: { [LOADER]: src('loader.ts'), app: src('app/main.ts') }, formats: ['es'] },
    rollupOptions: {
      output: {
        entryFileNames: (chunk) => (chunk.name === LOADER ? '[name].js' : 'w/[name]-[hash].js'),
        chunkFileNames: 'w/[name]-[hash].js',
      },
    },
  },
});
