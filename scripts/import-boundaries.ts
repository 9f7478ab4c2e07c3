import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which parts of the repo each runtime folder may import (besides itself and npm packages).
 * `common/` serves both sides and imports nothing of theirs; the Durable Object never reaches
 * into `worker/`; the worker knows the object only by its class and RPC types; the browser apps
 * see the worker only as the `AppType` of its typed client.
 */
export const BOUNDARIES: Record<string, readonly Allowance[]> = {
  common: [],
  // Schema columns may name their values with the shared constants (one source of truth).
  db: [{ to: 'common' }],
  'durable-objects': [{ to: 'common' }, { to: 'db' }],
  worker: [{ to: 'common' }, { to: 'db' }, { to: 'durable-objects/company-room' }, { to: 'durable-objects/visitor-gateway' }],
  console: [{ to: 'common' }, { to: 'worker/app', typeOnly: true }],
  widget: [{ to: 'common' }],
};

/** A folder or module (repo-relative, no extension) an area may import; `typeOnly` for `import type`. */
export interface Allowance {
  to: string;
  typeOnly?: boolean;
}

/** Shared test support and the tooling some tests exercise (the seed): open to test files, never to the code they test. */
const TEST_ONLY = ['test', 'scripts'];

/** One import crossing a boundary the wrong way. */
export interface Violation {
  file: string;
  specifier: string;
  target: string;
}

/** One import statement or expression: where it points and whether it only brings in types. */
export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
}

const STATIC_IMPORT = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Every module specifier a source file names: `import`/`export … from`, side-effect imports, `import('…')`. */
export function importsOf(source: string): ImportRef[] {
  const refs: ImportRef[] = [];
  for (const m of source.matchAll(STATIC_IMPORT)) refs.push({ specifier: m[3]!, typeOnly: m[2] !== undefined });
  // `import('…')` in a type position (env.d.ts) or as a lazy import; counted as a runtime import.
  for (const m of source.matchAll(DYNAMIC_IMPORT)) refs.push({ specifier: m[1]!, typeOnly: false });
  return refs;
}

/**
 * A folder's Vite config runs in Node at build time, not in the app: it may also use the build
 * tooling in scripts/ and the other app's build rules (the console build writes the widget's headers).
 */
const BUILD_CONFIG_EXTRA: readonly Allowance[] = [{ to: 'scripts' }, { to: 'widget' }, { to: 'console' }];
const isBuildConfig = (file: string) => file.endsWith('/vite.config.ts');

const isTestFile = (file: string) => /\.test\.tsx?$/.test(file) || file.split('/').includes('test');
const within = (target: string, folder: string) => target === folder || target.startsWith(`${folder}/`);

/** The imports of one file (repo-relative path) that its area may not make. */
export function checkFile(file: string, source: string): Violation[] {
  const area = file.split('/')[0]!;
  const own = BOUNDARIES[area];
  if (!own) return [];
  const allowed = isBuildConfig(file) ? [...own, ...BUILD_CONFIG_EXTRA] : own;
  const violations: Violation[] = [];
  for (const ref of importsOf(source)) {
    if (!ref.specifier.startsWith('.')) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), ref.specifier)).replace(/\.(tsx?|m?js)$/, '');
    if (within(target, area)) continue;
    if (isTestFile(file) && TEST_ONLY.some((folder) => within(target, folder))) continue;
    const ok = allowed.some((a) => within(target, a.to) && (!a.typeOnly || ref.typeOnly));
    if (!ok) violations.push({ file, specifier: ref.specifier, target });
  }
  return violations;
}

/** Every source file (repo-relative) under the checked folders. */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(rel);
      } else if (/\.(tsx?|m?js)$/.test(entry.name)) out.push(rel);
    }
  };
  for (const area of Object.keys(BOUNDARIES)) walk(area);
  return out;
}

/** Every backwards import in the repo at `root`. */
export function findViolations(root: string): Violation[] {
  return sourceFiles(root).flatMap((file) => checkFile(file, readFileSync(path.join(root, file), 'utf8')));
}
