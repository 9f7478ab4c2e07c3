// @vitest-environment jsdom
import { createRoot } from 'solid-js';
import { describe, expect, test } from 'vitest';
import { createLoader } from './loader';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createLoader', () => {
  test('loads at once, then keeps old data while reloading', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let calls = 0;
    const loader = createRoot(() => createLoader(() => answers[calls++]!.promise));
    expect(loader.loading()).toBe(true);
    answers[0]!.resolve('one');
    await Promise.resolve();
    await Promise.resolve();
    expect(loader.data()).toBe('one');
    expect(loader.loading()).toBe(false);

    const again = loader.reload();
    expect(loader.loading()).toBe(true);
    expect(loader.data()).toBe('one');
    answers[1]!.resolve('two');
    await again;
    expect(loader.data()).toBe('two');
  });

  test('an older answer arriving late does not overwrite a newer one', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let calls = 0;
    const loader = createRoot(() => createLoader(() => answers[calls++]!.promise));
    const second = loader.reload();
    answers[1]!.resolve('new');
    await second;
    answers[0]!.resolve('old');
    await Promise.resolve();
    expect(loader.data()).toBe('new');
  });

  test('a failure is kept as the error, with the last good data', async () => {
    let fail = false;
    const loader = createRoot(() => createLoader(async () => (fail ? Promise.reject(new Error('offline')) : 'ok')));
    await loader.reload();
    fail = true;
    await loader.reload();
    expect(loader.error()?.message).toBe('offline');
    expect(loader.data()).toBe('ok');
  });

  test('a local set wins over a fetch still in flight', async () => {
    const answer = deferred<string>();
    const loader = createRoot(() => createLoader(() => answer.promise));
    loader.set('local');
    answer.resolve('server');
    await Promise.resolve();
    await Promise.resolve();
    expect(loader.data()).toBe('local');
    expect(loader.loading()).toBe(false);
  });
});
