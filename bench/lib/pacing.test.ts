import assert from 'node:assert/strict';
import { test } from 'vitest';
import { achievedRate, bootOffsets, bootsOffered, cpuMsPerBoot, fitBootSteps } from './pacing';

test('a step is dealt out over the processes at the offered rate, every boot once', () => {
  const step = { rate: 100, seconds: 2 };
  const parts = [0, 1, 2].map((i) => bootOffsets(step, 3, i));
  assert.deepEqual(parts[0]!.slice(0, 3), [0, 30, 60]);
  assert.deepEqual(parts[1]!.slice(0, 2), [10, 40]);
  const all = parts.flat().sort((a, b) => a - b);
  assert.equal(all.length, bootsOffered(step));
  assert.deepEqual(
    all,
    Array.from({ length: 200 }, (_, i) => i * 10),
  );
  assert.ok(all.at(-1)! < 2000);
});

test('more processes than boots leaves some idle, and a rate must be positive', () => {
  assert.deepEqual(bootOffsets({ rate: 2, seconds: 1 }, 4, 3), []);
  assert.throws(() => bootOffsets({ rate: 0, seconds: 1 }, 1, 0), RangeError);
});

test('steps offering more sockets than workerd holds are dropped', () => {
  const steps = [
    { rate: 50, seconds: 10 },
    { rate: 400, seconds: 10 },
    { rate: 1000, seconds: 10 },
  ];
  assert.deepEqual(fitBootSteps(steps, 9500), steps.slice(0, 2));
  assert.deepEqual(fitBootSteps(steps, 100), []);
});

test('the achieved rate counts the time to the last welcome when the server fell behind', () => {
  assert.equal(achievedRate(1000, 10_000, 9_800), 100);
  assert.equal(achievedRate(1000, 10_000, 20_000), 50);
  assert.equal(achievedRate(0, 0, 0), 0);
});

test('CPU per boot is that of the first step, and only when all its boots succeeded', () => {
  const clean = { ok: 250, errors: 0, cpuSeconds: 3 };
  const faster = { ok: 1000, errors: 0, cpuSeconds: 7 };
  const saturated = { ok: 1000, errors: 3000, cpuSeconds: 40 };
  assert.equal(cpuMsPerBoot([clean, faster, saturated]), 12);
  assert.equal(cpuMsPerBoot([saturated, clean]), null);
  assert.equal(cpuMsPerBoot([{ ...clean, cpuSeconds: null }]), null);
  assert.equal(cpuMsPerBoot([]), null);
});
