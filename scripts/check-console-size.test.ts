import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureConsole } from './check-console-size.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Incompressible bytes, so each file's gzip size stands apart from the others'. */
const noise = (bytes: number) => Array.from({ length: bytes }, () => String.fromCharCode(33 + Math.floor(Math.random() * 90))).join('');
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** A dist/public as Vite writes it: index.html, an entry with its lazy imports' preload table, and the chunks. */
function build(files: Record<string, string>, lazy: Record<string, string[]>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'console-size-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'assets'));
  const table = [...new Set(Object.values(lazy).flat())];
  const imports = Object.entries(lazy)
    .map(([chunk, deps]) => `()=>$(()=>import(\`./${chunk}\`),__vite__mapDeps([${deps.map((d) => table.indexOf(d)).join(',')}]))`)
    .join(',');
  const entry = `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=[${table.map((f) => `"${f}"`).join(',')}])))=>i.map(i=>d[i]);${imports}`;
  const all: Record<string, string> = { 'assets/index.js': entry, ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(path.join(dir, name), text);
  writeFileSync(
    path.join(dir, 'index.html'),
    '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/api.js"><link rel="stylesheet" crossorigin href="/assets/index.css">',
  );
  return { dir, entry, all };
}

describe('measureConsole', () => {
  it('counts index.html’s files and the two lazy chunks that add the most, each shared file once', () => {
    const files = {
      'assets/api.js': noise(3000),
      'assets/index.css': noise(900),
      'assets/layout.js': noise(1000),
      'assets/chat.js': noise(4000),
      'assets/chat.css': noise(700),
      'assets/login.js': noise(500),
    };
    const { dir, all } = build(files, {
      'layout.js': ['assets/layout.js', 'assets/api.js'],
      'chat.js': ['assets/chat.js', 'assets/api.js', 'assets/chat.css'],
      'login.js': ['assets/login.js', 'assets/api.js'],
    });
    const size = measureConsole(dir);
    const js = ['assets/index.js', 'assets/api.js', 'assets/layout.js', 'assets/chat.js'].reduce((s, f) => s + gz(all[f]!), 0);
    expect(size.js).toBe(js);
    expect(size.css).toBe(gz(all['assets/index.css']!) + gz(all['assets/chat.css']!));
    expect(size.pages.sort()).toEqual(['chat.js', 'layout.js']);
  });

  it('measures the entry alone when nothing is lazy', () => {
    const { dir, all } = build({ 'assets/api.js': noise(2000), 'assets/index.css': noise(300) }, {});
    expect(measureConsole(dir)).toEqual({
      js: gz(all['assets/index.js']!) + gz(all['assets/api.js']!),
      css: gz(all['assets/index.css']!),
      pages: [],
    });
  });
});
