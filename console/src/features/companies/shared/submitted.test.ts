// @vitest-environment jsdom
import { createRoot } from 'solid-js';
import * as v from 'valibot';
import { expect, test } from 'vitest';
import { ApiCallError } from '../../../lib/api';
import { createFormState } from '../../../lib/form-state';
import { submitted } from './submitted';

const form = () => createRoot(() => createFormState());

test('an action that returns nothing still counts as done', async () => {
  expect(await submitted(form(), async () => undefined)).toBe(true);
});

test('a refused action is not done, and its field error is kept', async () => {
  const state = form();
  const ok = await submitted(state, () => Promise.reject(new ApiCallError(409, 'taken', 'Taken.', { host: 'Taken.' })));
  expect(ok).toBe(false);
  expect(state.fields()).toEqual({ host: 'Taken.' });
});

test('input the schema rejects never reaches the action', async () => {
  let ran = false;
  const ok = await submitted(
    form(),
    async () => {
      ran = true;
    },
    {
      schema: v.object({ name: v.pipe(v.string(), v.nonEmpty('Empty.')) }),
      value: { name: '' },
    },
  );
  expect(ok).toBe(false);
  expect(ran).toBe(false);
});
