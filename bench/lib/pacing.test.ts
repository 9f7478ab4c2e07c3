import assert from 'node:assert/strict';
import { test } from 'vitest';
import { achievedRate, bootOffsets, bootsOffered, fitBootSteps, medianCpuMsPerBoot } from './pacing';

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

test('CPU per boot is the median of the clean rounds', () => {
  const round = (cpuSeconds: number | null, errors = 0) => ({ ok: 250, errors, cpuSeconds });
  assert.equal(medianCpuMsPerBoot([round(3), round(4.25), round(3.25)], 0.01), 13);
  assert.equal(medianCpuMsPerBoot([round(3), round(40, 5), round(3.25)], 0.01), 12);
  assert.equal(medianCpuMsPerBoot([round(40, 5), round(null)], 0.01), null);
  assert.equal(medianCpuMsPerBoot([], 0.01), null);
  // workerd busy with nothing to do: no figure, rather than one its idle share took to 0.
  assert.equal(medianCpuMsPerBoot([round(3)], 0.3), null);
});
