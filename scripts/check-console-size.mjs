// `node scripts/check-console-size.mjs`: fails when the built console's first load exceeds its size
// budget (issue 13). Measures dist/public after `npm run build`: what the browser fetches to show
// the heaviest console page on a cold cache, JavaScript and CSS apart, as gzip -9.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const PUBLIC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'public');

/** Budgets in KB (1 KB = 1024 bytes) of gzip -9 output. */
export const CONSOLE_BUDGETS = { js: 80, css: 15 };

/** The asset paths (`assets/…`) index.html loads at once: its module script, preloads and stylesheets. */
function entryFiles(html) {
  return [...html.matchAll(/(?:src|href)="\/(assets\/[\w.-]+\.(?:js|css))"/g)].map((m) => m[1]);
}

/**
 * Every lazy route chunk the entry imports, with the files Vite loads along with it (its static
 * imports and their CSS, listed in the entry's `__vite__mapDeps` table).
 */
function lazyChunks(entryCode) {
  const table = /m\.f=\[([^\]]*)\]/.exec(entryCode)?.[1];
  if (table === undefined) return [];
  const files = [...table.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  return [...entryCode.matchAll(/import\([`"']\.\/([\w.-]+\.js)[`"']\),__vite__mapDeps\(\[([\d,]*)\]\)/g)].map((m) => ({
    name: m[1],
    files: m[2].split(',').map((i) => files[Number(i)]),
  }));
}

/**
 * Gzip sizes in bytes of the heaviest first load: index.html's files plus the two lazy chunks
 * (a page is at most the company area's layout and one section inside it) whose files add the
 * most, counted once each; CSS likewise. `pages` names the chunks of the heaviest JavaScript.
 */
export function measureConsole(dir = PUBLIC) {
  const entry = entryFiles(readFileSync(path.join(dir, 'index.html'), 'utf8'));
  const script = entry.find((f) => f.endsWith('.js'));
  if (!script) throw new Error('index.html loads no script: run `npm run build` first');
  const sizes = new Map();
  const gz = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length);
    return sizes.get(file);
  };
  const total = (files, ext) => [...files].filter((f) => f.endsWith(ext)).reduce((sum, f) => sum + gz(f), 0);
  const lazy = lazyChunks(readFileSync(path.join(dir, script), 'utf8'));
  // The entry alone, then every pair of lazy chunks on top of it (a pair may be one chunk twice).
  const loads = [{ files: entry, pages: [] }];
  for (const [i, a] of lazy.entries()) {
    for (const b of lazy.slice(i))
      loads.push({ files: new Set([...entry, ...a.files, ...b.files]), pages: [...new Set([a.name, b.name])] });
  }
  const heaviest = { js: 0, css: 0, pages: [] };
  for (const load of loads) {
    const js = total(load.files, '.js');
    if (js > heaviest.js) Object.assign(heaviest, { js, pages: load.pages });
    // CSS has its own heaviest load, which need not be the JavaScript's.
    heaviest.css = Math.max(heaviest.css, total(load.files, '.css'));
  }
  return heaviest;
}

const kb = (bytes) => (bytes / 1024).toFixed(2);

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = measureConsole();
  let ok = true;
  for (const [name, bytes, limit] of [
    ['JavaScript', size.js, CONSOLE_BUDGETS.js],
    ['CSS', size.css, CONSOLE_BUDGETS.css],
  ]) {
    const pass = bytes <= limit * 1024;
    ok &&= pass;
    console.log(`${pass ? '✓' : '✗'} console first load, ${name}: ${kb(bytes)} KB gzip (limit ${limit} KB)`);
  }
  console.log(`  index.html's files + ${size.pages.join(' + ') || 'nothing lazy'} (a bound: a page loads at most two lazy chunks)`);
  if (!ok) process.exit(1);
}
