import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { LoginBodySchema, RegisterBodySchema } from '../../../common/schemas/auth';
import { ApiCallError } from './api';
import { createFormState, schemaFieldErrors } from './form-state';

describe('schemaFieldErrors', () => {
  it('is null for valid input', () => {
    expect(schemaFieldErrors(LoginBodySchema, { email: 'a@b.test', password: 'x' })).toBeNull();
  });

  it('names each bad field with the shared schema message', () => {
    expect(schemaFieldErrors(RegisterBodySchema, { email: 'nope', password: 'short', name: ' ' })).toEqual({
      email: 'Enter a valid email address.',
      password: expect.stringMatching(/at least/),
      name: 'Enter a display name.',
    });
  });
});

describe('createFormState', () => {
  const inRoot = <T>(fn: () => Promise<T>) => createRoot(async (dispose) => fn().finally(dispose));

  it('stops at the precheck without running the action', () =>
    inRoot(async () => {
      const form = createFormState();
      let ran = false;
      await form.submit(async () => (ran = true), { schema: LoginBodySchema, value: { email: '', password: '' } });
      expect(ran).toBe(false);
      expect(Object.keys(form.fields())).toEqual(['email', 'password']);
      expect(form.busy()).toBe(false);
    }));

  it('puts server field errors beside inputs and other failures on the form', () =>
    inRoot(async () => {
      const form = createFormState();
      await form.submit(() => Promise.reject(new ApiCallError(400, 'invalid_input', 'Some fields are not valid.', { email: 'Taken.' })));
      expect(form.fields()).toEqual({ email: 'Taken.' });
      expect(form.error()).toBeNull();

      await form.submit(() => Promise.reject(new ApiCallError(401, 'invalid_credentials', 'Wrong email or password.')));
      expect(form.fields()).toEqual({});
      expect(form.error()).toBe('Wrong email or password.');

      const answer = await form.submit(async () => 42);
      expect(answer).toBe(42);
      expect(form.error()).toBeNull();
    }));
});
