import { expect, test } from 'vitest';
import { EMPTY_FORM, historyQuery, searchErrorText } from './history-filter';

test('an empty form asks for closed chats only, with no other filter', () => {
  expect(historyQuery(EMPTY_FORM)).toEqual({ q: '', visitor: '', from: '', to: '', status: 'closed', rating: '', cursor: '' });
  expect(historyQuery({ ...EMPTY_FORM, closedOnly: false }, 'abc')).toMatchObject({ status: '', cursor: 'abc' });
  expect(historyQuery({ ...EMPTY_FORM, rating: 'bad' })).toMatchObject({ rating: 'bad' });
});

test('days are whole local days, sent as epoch milliseconds', () => {
  const q = historyQuery({ ...EMPTY_FORM, from: '2025-03-02', to: '2025-03-02' });
  expect(Number(q.from)).toBe(new Date(2025, 2, 2).getTime());
  expect(Number(q.to)).toBe(new Date(2025, 2, 3).getTime() - 1);
  expect(historyQuery({ ...EMPTY_FORM, from: 'garbage' }).from).toBe('');
});

test('text is trimmed and a visitor label searches for its id part', () => {
  expect(historyQuery({ ...EMPTY_FORM, q: '  refund ', visitor: ' Visitor 3C4D ' })).toMatchObject({ q: 'refund', visitor: '3C4D' });
  expect(historyQuery({ ...EMPTY_FORM, visitor: 'v-abc' }).visitor).toBe('v-abc');
});

test('a refused search names the field in the form’s words', () => {
  expect(searchErrorText({ message: 'Some fields are not valid.', fields: { to: 'The end is before the start.' } })).toBe(
    'To: The end is before the start.',
  );
  expect(searchErrorText({ message: 'Offline.' })).toBe('Offline.');
});
