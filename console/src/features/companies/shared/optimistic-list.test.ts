import { describe, expect, test } from 'vitest';
import { type ListCell, optimisticAdd, optimisticRemove, withItemAt, withItemReplaced, withoutItem } from './optimistic-list';

interface Row {
  id: string;
  name: string;
}

function cell(initial: Row[]): ListCell<Row> & { history: string[][] } {
  let items = initial;
  const history: string[][] = [];
  return {
    history,
    read: () => items,
    write: (next) => {
      items = next;
      history.push(next.map((r) => r.id));
    },
  };
}

const a = { id: 'a', name: 'A' };
const b = { id: 'b', name: 'B' };
const c = { id: 'c', name: 'C' };

describe('pure list edits', () => {
  test('withoutItem removes the first match and says where it was', () => {
    expect(withoutItem([a, b, c], (r) => r.id === 'b')).toEqual({ items: [a, c], removed: b, index: 1 });
    expect(withoutItem([a], (r) => r.id === 'x')).toEqual({ items: [a], removed: undefined, index: -1 });
  });

  test('withItemAt puts an item back at its place, clamped to the list', () => {
    expect(withItemAt([a, c], b, 1)).toEqual([a, b, c]);
    expect(withItemAt([a], b, 5)).toEqual([a, b]);
    expect(withItemAt([a], b, -3)).toEqual([b, a]);
  });

  test('withItemReplaced swaps only the first match and never mutates the input', () => {
    const input = [a, b];
    const out = withItemReplaced(input, (r) => r.id === 'b', c);
    expect(out).toEqual([a, c]);
    expect(input).toEqual([a, b]);
    expect(withItemReplaced(input, () => false, c)).toEqual([a, b]);
  });
});

describe('optimisticAdd', () => {
  test('shows the placeholder at once, then the server item', async () => {
    const list = cell([a]);
    const temp = { id: 'temp', name: 'B' };
    const answer = await optimisticAdd(
      list,
      temp,
      async () => ({ id: 'b', name: 'B' }),
      (r) => r,
    );
    expect(answer).toEqual(b);
    expect(list.history).toEqual([
      ['a', 'temp'],
      ['a', 'b'],
    ]);
  });

  test('rolls the placeholder back on failure and rethrows', async () => {
    const list = cell([a]);
    const failure = new Error('409');
    await expect(
      optimisticAdd(
        list,
        { id: 'temp', name: 'B' },
        () => Promise.reject(failure),
        (r: Row) => r,
      ),
    ).rejects.toBe(failure);
    expect(list.read()).toEqual([a]);
  });

  test('a rollback keeps items another action added meanwhile', async () => {
    const list = cell([a]);
    const pending = optimisticAdd(
      list,
      { id: 'temp', name: 'B' },
      async () => {
        list.write([...list.read()!, c]);
        throw new Error('nope');
      },
      (r: Row) => r,
    );
    await expect(pending).rejects.toThrow('nope');
    expect(list.read()).toEqual([a, c]);
  });
});

describe('optimisticRemove', () => {
  test('removes at once and keeps it removed on success', async () => {
    const list = cell([a, b, c]);
    await optimisticRemove(
      list,
      (r) => r.id === 'b',
      async () => undefined,
    );
    expect(list.history).toEqual([['a', 'c']]);
  });

  test('puts the item back at its place on failure', async () => {
    const list = cell([a, b, c]);
    await expect(
      optimisticRemove(
        list,
        (r) => r.id === 'b',
        () => Promise.reject(new Error('403')),
      ),
    ).rejects.toThrow('403');
    expect(list.read()).toEqual([a, b, c]);
  });
});
