// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TwoFactorStep } from './two-factor-step';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const user = { id: 'u1', email: 'ann@example.test', name: 'Ann', avatarUrl: null, verified: true };
const sentBody = (fetch: ReturnType<typeof vi.fn>, call: number) =>
  JSON.parse(String((fetch.mock.calls[call] as [string, RequestInit])[1].body));

function setup(answers: Response[]) {
  const fetch = vi.fn(async (_url: string | URL, _init?: RequestInit) => answers.shift()!);
  vi.stubGlobal('fetch', fetch);
  const onSignedIn = vi.fn();
  const onExpired = vi.fn();
  render(() => <TwoFactorStep ticket="t-1" onSignedIn={onSignedIn} onExpired={onExpired} />);
  return { fetch, onSignedIn, onExpired };
}

describe('TwoFactorStep', () => {
  test('asks for the app code with a numeric one-time-code input, and shows a wrong code inline', async () => {
    const { fetch, onSignedIn } = setup([json(401, { error: { code: 'invalid_code', message: 'That code didn’t work.' } })]);
    const input = screen.getByLabelText('Authentication code') as HTMLInputElement;
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input.getAttribute('inputmode')).toBe('numeric');

    // A malformed code is caught before any request.
    fireEvent.input(input, { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/6-digit code/);
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.input(input, { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByText('That code didn’t work.')).getAttribute('role')).toBe('alert');
    expect(String(fetch.mock.calls[0]![0])).toMatch(/\/api\/auth\/login\/two-factor$/);
    expect(sentBody(fetch, 0)).toEqual({ ticket: 't-1', code: '123 456' });
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  test('switches to a recovery code and signs in with it', async () => {
    const { fetch, onSignedIn } = setup([json(200, { user })]);
    fireEvent.click(screen.getByRole('button', { name: 'Use a recovery code' }));
    const input = screen.getByLabelText('Recovery code') as HTMLInputElement;
    expect(screen.queryByLabelText('Authentication code')).toBeNull();
    expect(input.getAttribute('autocomplete')).toBe('off');
    fireEvent.input(input, { target: { value: 'abcde-fghij' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(user));
    expect(sentBody(fetch, 0)).toEqual({ ticket: 't-1', code: 'abcde-fghij' });
    fireEvent.click(screen.getByRole('button', { name: 'Use your authenticator app' }));
    expect(screen.getByLabelText('Authentication code')).toBeTruthy();
  });

  test('sends the person back to the password when the ticket has expired', async () => {
    const { onExpired, onSignedIn } = setup([json(401, { error: { code: 'invalid_ticket', message: 'This login has expired.' } })]);
    fireEvent.input(screen.getByLabelText('Authentication code'), { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(onExpired).toHaveBeenCalledWith('This login has expired.'));
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
