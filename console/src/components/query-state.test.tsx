// @vitest-environment jsdom
import { createAsync, MemoryRouter, query, Route, revalidate } from '@solidjs/router';
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { createSignal, type JSX } from 'solid-js';
import { afterEach, describe, expect, test } from 'vitest';
import { createQueryData, setCachedAnswer } from '../lib/query-cache';
import { QueryState } from './query-state';

afterEach(() => {
  cleanup();
  query.clear();
});

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function inRouter(ui: () => JSX.Element) {
  return render(() => (
    <MemoryRouter>
      <Route path="*" component={ui} />
    </MemoryRouter>
  ));
}

describe('QueryState', () => {
  test('shows loading, then the data', async () => {
    const answer = deferred<string[]>();
    const getNames = query(() => answer.promise, 'names');
    inRouter(() => {
      const names = createAsync(() => getNames());
      return (
        <QueryState data={names} what="names" keys={getNames.key}>
          {(list) => <p>{list().join(', ')}</p>}
        </QueryState>
      );
    });
    expect(screen.getByText('Loading names…')).toBeTruthy();
    answer.resolve(['Ann', 'Bob']);
    expect(await screen.findByText('Ann, Bob')).toBeTruthy();
  });

  test('a failed read offers Retry, which reads again and shows the data', async () => {
    let calls = 0;
    const getNames = query(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return ['Ann'];
    }, 'names-retry');
    inRouter(() => {
      const names = createAsync(() => getNames());
      return (
        <QueryState data={names} what="names" keys={getNames.key}>
          {(list) => <p>{list().join(', ')}</p>}
        </QueryState>
      );
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Couldn’t load names: offline');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Ann')).toBeTruthy();
    expect(calls).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('createQueryData', () => {
  function namesView(getNames: Parameters<typeof createQueryData<[], string[]>>[0]) {
    let view!: ReturnType<typeof createQueryData<[], string[]>>;
    inRouter(() => {
      view = createQueryData(getNames);
      return (
        <QueryState data={view} what="names" keys={view.key}>
          {(list) => <p data-testid="names">{list().join(', ')}</p>}
        </QueryState>
      );
    });
    return { view: () => view, shown: () => screen.queryByTestId('names')?.textContent };
  }

  test('a write shows at once wherever the answer is read, without fetching', async () => {
    let calls = 0;
    const getNames = query(async () => {
      calls++;
      return ['Ann'];
    }, 'names-write');
    const { view, shown } = namesView(getNames);
    await expect.poll(shown).toBe('Ann');
    view().write(['Ann', 'Bob']);
    expect(view().read()).toEqual(['Ann', 'Bob']);
    await expect.poll(shown).toBe('Ann, Bob');
    setCachedAnswer(getNames.keyFor(), ['Cy']);
    await expect.poll(shown).toBe('Cy');
    expect(calls).toBe(1);
  });

  test('two writes in one tick (a change and its instant rollback) end on the second', async () => {
    const getNames = query(async () => ['Ann'], 'names-rollback');
    const { view, shown } = namesView(getNames);
    await expect.poll(shown).toBe('Ann');
    view().write(['Ann', 'Bob']);
    view().write(['Ann']);
    expect(view().read()).toEqual(['Ann']);
    await expect.poll(shown).toBe('Ann');
    await revalidate(getNames.key, false);
    expect(shown()).toBe('Ann');
  });

  test('an answer still on its way when a write is made does not replace the write', async () => {
    const first = deferred<string[]>();
    const getNames = query(() => first.promise, 'names-late');
    const { view, shown } = namesView(getNames);
    view().write(['Bob']);
    await expect.poll(shown).toBe('Bob');
    first.resolve(['Ann']);
    await first.promise;
    await new Promise((done) => setTimeout(done, 0));
    expect(shown()).toBe('Bob');
    expect(view().read()).toEqual(['Bob']);
  });

  test('a failed re-read keeps the last answer on show', async () => {
    let fail = false;
    let calls = 0;
    const getNames = query(async () => {
      calls++;
      if (fail) throw new Error('offline');
      return ['Ann'];
    }, 'names-keep');
    const { shown } = namesView(getNames);
    await expect.poll(shown).toBe('Ann');
    fail = true;
    await revalidate(getNames.key);
    expect(calls).toBe(2);
    expect(shown()).toBe('Ann');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('createAsync over a query', () => {
  test('the data follows its inputs: the newest input’s answer wins even when an older one arrives last', async () => {
    const answers: Record<string, ReturnType<typeof deferred<string>>> = { refund: deferred(), kyiv: deferred() };
    const find = query((word: string) => answers[word]!.promise, 'find');
    const [word, setWord] = createSignal('refund');
    inRouter(() => {
      const found = createAsync(() => find(word()));
      return (
        <QueryState data={found} what="chats" keys={find.key}>
          {(text) => <p data-testid="found">{text()}</p>}
        </QueryState>
      );
    });
    setWord('kyiv');
    answers.kyiv!.resolve('chats about kyiv');
    await expect.poll(() => screen.queryByTestId('found')?.textContent).toBe('chats about kyiv');
    answers.refund!.resolve('chats about refunds');
    // The stale answer's handlers run before the next macrotask.
    await answers.refund!.promise;
    await new Promise((done) => setTimeout(done, 0));
    expect(screen.getByTestId('found').textContent).toBe('chats about kyiv');
  });
});
