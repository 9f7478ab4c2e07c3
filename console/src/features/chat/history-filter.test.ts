import { expect, test } from 'vitest';
import { filterHistory, NO_FILTERS } from './history-filter';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
const rows = [
  { id: 'a', status: 'closed', startedAt: at(2025, 3, 1), visitor: { visitorId: 'v-aaaa1111' } },
  { id: 'b', status: 'closed', startedAt: at(2025, 3, 2, 23), visitor: { visitorId: 'v-bbbb2222' } },
  { id: 'c', status: 'active', startedAt: at(2025, 3, 3), visitor: { visitorId: 'v-cccc3333' } },
];
const ids = (list: typeof rows) => list.map((r) => r.id);

test('closed chats only by default; all on request', () => {
  expect(ids(filterHistory(rows, NO_FILTERS))).toEqual(['a', 'b']);
  expect(ids(filterHistory(rows, { ...NO_FILTERS, closedOnly: false }))).toEqual(['a', 'b', 'c']);
});

test('date range is inclusive of whole local days', () => {
  expect(ids(filterHistory(rows, { ...NO_FILTERS, from: '2025-03-02', to: '2025-03-02' }))).toEqual(['b']);
  expect(ids(filterHistory(rows, { ...NO_FILTERS, closedOnly: false, from: '2025-03-02' }))).toEqual(['b', 'c']);
  expect(ids(filterHistory(rows, { ...NO_FILTERS, to: '2025-03-01' }))).toEqual(['a']);
});

test('visitor filter matches the id or the short label, case-insensitively', () => {
  expect(ids(filterHistory(rows, { ...NO_FILTERS, visitor: 'BBBB' }))).toEqual(['b']);
  expect(ids(filterHistory(rows, { ...NO_FILTERS, visitor: 'visitor 1111' }))).toEqual(['a']);
  expect(ids(filterHistory(rows, { ...NO_FILTERS, visitor: 'zzz' }))).toEqual([]);
});
