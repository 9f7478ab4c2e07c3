import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, findViolations, importsOf, sourceFiles } from './import-boundaries';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('the repo', () => {
  it('imports one way: common ← worker, common ← durable-objects; the worker sees only the room class', () => {
    expect(sourceFiles(ROOT).length).toBeGreaterThan(100);
    expect(findViolations(ROOT)).toEqual([]);
  });
});

describe('checkFile', () => {
  const targets = (file: string, source: string) => checkFile(file, source).map((v) => v.target);

  it('refuses the Durable Object reaching into the worker', () => {
    expect(targets('durable-objects/room/limiter.ts', "import { windowStart } from '../../worker/lib/rate-window';")).toEqual([
      'worker/lib/rate-window',
    ]);
    expect(targets('durable-objects/room/x.test.ts', "import { randomId } from '../../worker/lib/ids';")).toEqual(['worker/lib/ids']);
  });

  it('lets a Vite config use the build tooling, but not the app code it builds', () => {
    const source = ["import { headersFile } from '../scripts/static-assets';", "import { RULES } from '../widget/static-headers';"].join(
      '\n',
    );
    expect(targets('console/vite.config.ts', source)).toEqual([]);
    expect(targets('console/src/app.ts', source.replaceAll('../', '../../'))).toEqual(['scripts/static-assets', 'widget/static-headers']);
    expect(targets('console/vite.config.ts', "import { x } from '../worker/app';")).toEqual(['worker/app']);
  });

  it('refuses common importing any side', () => {
    const source = [
      "import { a } from '../worker/a';",
      "import type { B } from '../durable-objects/b';",
      "export * from '../console/src/c';",
      "import '../widget/src/d';",
      "import { e } from '../db/schema';",
    ].join('\n');
    expect(targets('common/x.ts', source)).toEqual(['worker/a', 'durable-objects/b', 'console/src/c', 'widget/src/d', 'db/schema']);
  });

  it('lets the worker import the room class and nothing else of the object', () => {
    expect(targets('worker/index.ts', "export { CompanyRoom } from '../durable-objects/company-room';")).toEqual([]);
    expect(
      targets('worker/env.d.ts', 'COMPANY_ROOM: DurableObjectNamespace<import("../durable-objects/company-room").CompanyRoom>;'),
    ).toEqual([]);
    expect(targets('worker/widget/routes.ts', "import { connectRequest } from '../../durable-objects/room/connect-info';")).toEqual([
      'durable-objects/room/connect-info',
    ]);
  });

  it("lets the browser apps see the worker only as their typed client's type", () => {
    expect(targets('console/src/lib/api.ts', "import type { AppType } from '../../../worker/app';")).toEqual([]);
    expect(targets('console/src/lib/api.ts', "import { app } from '../../../worker/app';")).toEqual(['worker/app']);
    expect(targets('widget/src/app/x.ts', "import type { AppType } from '../../../worker/app';")).toEqual(['worker/app']);
  });

  it('opens shared test support to test files only', () => {
    expect(targets('durable-objects/test/a.test.ts', "import { roomOf } from '../../test/realtime';")).toEqual([]);
    expect(targets('worker/companies/test/fixtures.ts', "import { db } from '../../../test/helpers';")).toEqual([]);
    expect(targets('worker/companies/routes.ts', "import { db } from '../../test/helpers';")).toEqual(['test/helpers']);
  });

  it('ignores packages and imports within the same area', () => {
    expect(
      targets(
        'durable-objects/room/x.ts',
        "import * as v from 'valibot';\nimport { DurableObject } from 'cloudflare:workers';\nimport { y } from './y';",
      ),
    ).toEqual([]);
  });
});

describe('importsOf', () => {
  it('reads multi-line, type-only, re-export, side-effect and dynamic imports', () => {
    const source =
      "import {\n  a,\n  type B,\n} from './a';\nimport type { C } from './c';\nexport * from './d';\nimport './e';\nconst f = await import('./f');";
    expect(importsOf(source)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: './c', typeOnly: true },
      { specifier: './d', typeOnly: false },
      { specifier: './e', typeOnly: false },
      { specifier: './f', typeOnly: false },
    ]);
  });
});
