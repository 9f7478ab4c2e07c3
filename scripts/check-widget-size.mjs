// `node scripts/check-widget-size.mjs`: fails when the built widget exceeds its size budget (issue 5).
// Measures dist/public after `npm run build`: the loader alone, and everything a visitor downloads
// before sending the first message (loader + app chunk + the largest UI dictionary).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const PUBLIC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'public');

/** Budgets in KB (1 KB = 1024 bytes) of gzip -9 output. */
export const WIDGET_BUDGETS = { loader: 3, firstMessage: 12 };

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The UI dictionaries' chunks (one per language); other lazy chunks load only when their view is needed. */
const DICTIONARY_CHUNK = /^(?:en|uk|ru|de)-[\w-]+\.js$/;

/** A chunk with every chunk it imports statically (they load with it), and the chunks it may import lazily. */
function chunkClosure(dir, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(path.join(dir, 'w', file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*[^("']*?from\s*"\.\/([\w-]+\.js)"/g)) chunkClosure(dir, m[1], seen);
  return seen;
}

/**
 * Gzip sizes in bytes: `loader`, `app` (the app chunk and the chunks it imports statically),
 * `dictionary` (the largest UI dictionary) and their sum `firstMessage`.
 */
export function measureWidget(dir = PUBLIC) {
  const loaderFile = path.join(dir, 'widget.js');
  const app = /"w\/(app-[\w-]+\.js)"/.exec(readFileSync(loaderFile, 'utf8'))?.[1];
  if (!app) throw new Error('widget.js names no app chunk: run `npm run build` first');
  const files = [...chunkClosure(dir, app)];
  const lazy = files.flatMap((f) =>
    [...readFileSync(path.join(dir, 'w', f), 'utf8').matchAll(/import\("\.\/([\w-]+\.js)"\)/g)].map((m) => m[1]),
  );
  const dictionaries = lazy.filter((f) => DICTIONARY_CHUNK.test(f)).map((f) => path.join(dir, 'w', f));
  if (dictionaries.length === 0) throw new Error(`${app} imports no dictionary chunk`);
  const loader = gz(loaderFile);
  const appSize = files.reduce((sum, f) => sum + gz(path.join(dir, 'w', f)), 0);
  const dictionary = Math.max(...dictionaries.map(gz));
  return { loader, app: appSize, dictionary, firstMessage: loader + appSize + dictionary };
}

const kb = (bytes) => (bytes / 1024).toFixed(2);

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = measureWidget();
  const rows = [
    ['loader (widget.js)', size.loader, WIDGET_BUDGETS.loader],
    ['before the first message (loader + app + dictionary)', size.firstMessage, WIDGET_BUDGETS.firstMessage],
  ];
  let ok = true;
  for (const [name, bytes, limit] of rows) {
    const pass = bytes <= limit * 1024;
    ok &&= pass;
    console.log(`${pass ? '✓' : '✗'} widget ${name}: ${kb(bytes)} KB gzip (limit ${limit} KB)`);
  }
  console.log(`  app chunk ${kb(size.app)} KB, largest dictionary ${kb(size.dictionary)} KB`);
  if (!ok) process.exit(1);
}
