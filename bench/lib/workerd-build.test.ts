import assert from 'node:assert/strict';
import { test } from 'vitest';
import { compatibilityDateFor, describeBuild, ONE_DESCRIPTOR_WORKERD, PROJECT_WORKERD } from './workerd-build';

const pinned = { ...ONE_DESCRIPTOR_WORKERD, path: '/x/workerd' };

test("an older build runs the worker at its newest date; the project's build at the worker's own", () => {
  assert.equal(compatibilityDateFor(pinned, '2026-11-01'), '2026-09-24');
  assert.equal(compatibilityDateFor(pinned, '2026-06-01'), '2026-06-01');
  assert.equal(compatibilityDateFor(PROJECT_WORKERD, '2026-11-01'), '2026-11-01');
});

test('a report names the build and what a socket costs it', () => {
  assert.equal(describeBuild(pinned), 'workerd 1.20260917.1, 1 descriptor per socket');
  assert.equal(describeBuild(PROJECT_WORKERD), "the project's workerd, 2 descriptors per socket");
});
