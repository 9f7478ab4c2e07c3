import { expect, test } from 'vitest';
import { formLevelError } from './form-level-error';

const state = (error: string | null, fields: Record<string, string>) => ({ error: () => error, fields: () => fields });

test('a failure tied to a field is not repeated on the form', () => {
  expect(formLevelError(state('Taken.', { host: 'Taken.' }))).toBeNull();
});

test('a failure tied to no field shows on the form', () => {
  expect(formLevelError(state('Your plan allows one operator.', {}))).toBe('Your plan allows one operator.');
  expect(formLevelError(state(null, {}))).toBeNull();
});

test('a form-wide message the server put under "_" still shows', () => {
  expect(formLevelError(state('x', { _: 'Whole form is wrong.', name: 'Bad.' }))).toBe('Whole form is wrong.');
});
