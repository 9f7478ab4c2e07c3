// `node scripts/widget-composition.mjs`: what the widget's first-message chunks are made of, to
// see where bytes go before cutting. Builds the widget into a temporary folder with sourcemaps,
// minifies every chunk as the real build does, and credits each minified byte to the source file
// the sourcemap names; the gzip column compresses each source's bytes alone (a rough share).
import { mkdtempSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transformWithEsbuild } from 'vite';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(path.join(tmpdir(), 'widget-composition-'));
const chunks = [];
try {
  await build({
    configFile: path.join(root, 'widget/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, sourcemap: true },
    // Runs before the widget's own bundle plugin, which minifies and drops the maps.
    plugins: [
      {
        name: 'widget-composition',
        enforce: 'pre',
        generateBundle(_, bundle) {
          for (const f of Object.values(bundle)) if (f.type === 'chunk') chunks.push({ name: f.fileName, code: f.code, map: f.map });
        },
      },
    ],
  });
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

for (const chunk of chunks) {
  const out = await transformWithEsbuild(chunk.code, chunk.name, {
    loader: 'js',
    minify: true,
    format: 'esm',
    target: 'es2020',
    legalComments: 'none',
    sourcemap: true,
    sourcesContent: false,
    charset: 'utf8',
  });
  // Two hops: minified → bundled (esbuild's map) → source file (the bundle's map).
  const minified = new SourceMap(out.map);
  const bundled = new SourceMap(chunk.map);
  const bytes = new Map();
  const lines = out.code.split('\n');
  for (let line = 0; line < lines.length; line++) {
    for (let col = 0; col < lines[line].length; col++) {
      const a = minified.findEntry(line, col);
      const b = a.originalLine === undefined ? {} : bundled.findEntry(a.originalLine, a.originalColumn);
      const source = b.originalSource
        ? path.relative(root, path.resolve(outDir, path.dirname(chunk.name), b.originalSource))
        : '(bundler glue)';
      bytes.set(source, (bytes.get(source) ?? '') + lines[line][col]);
    }
  }
  const total = gzipSync(out.code, { level: 9 }).length;
  console.log(`\n${chunk.name}: ${out.code.length} B minified, ${total} B gzip`);
  const rows = [...bytes].map(([source, text]) => ({ source, min: text.length, gzip: gzipSync(text, { level: 9 }).length }));
  for (const r of rows.sort((x, y) => y.min - x.min)) {
    console.log(`${String(r.min).padStart(7)} B min ${String(r.gzip).padStart(6)} B gzip alone  ${r.source}`);
  }
}
