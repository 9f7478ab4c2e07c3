// @vitest-environment jsdom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { createResource } from 'solid-js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { VerifyBodySchema } from '../../../../common/schemas/auth';
import { ApiCallError } from '../../lib/api';
import { LinkOutcome, postLinkToken } from './emailed-link';

afterEach(cleanup);

function outcome(promise: Promise<{ email: string }>) {
  render(() => {
    const [result] = createResource(() => promise);
    return (
      <LinkOutcome result={result} working="Confirming…" failed="Could not confirm." retry="Ask for a new link.">
        {(done) => <p>{done().email} is confirmed.</p>}
      </LinkOutcome>
    );
  });
}

describe('postLinkToken', () => {
  test('refuses an incomplete link in words, without a request', async () => {
    const post = vi.fn(async () => 'posted');
    const refused = await postLinkToken(VerifyBodySchema, '', post).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiCallError);
    expect((refused as ApiCallError).message).toBe('This link is incomplete. Copy the whole link from the email.');
    expect(post).not.toHaveBeenCalled();
  });

  test('posts a whole token as the body', async () => {
    const token = 'a'.repeat(43);
    const post = vi.fn(async (body: { token: string }) => body.token.length);
    expect(await postLinkToken(VerifyBodySchema, token, post)).toBe(43);
    expect(post).toHaveBeenCalledWith({ token });
  });
});

describe('LinkOutcome', () => {
  test('says it is working, then what the link did', async () => {
    let answer!: (done: { email: string }) => void;
    outcome(new Promise((resolve) => (answer = resolve)));
    expect(screen.getByText('Confirming…').getAttribute('aria-busy')).toBe('true');
    answer({ email: 'ann@example.test' });
    await screen.findByText('ann@example.test is confirmed.');
    expect(screen.queryByText('Confirming…')).toBeNull();
  });

  test('says the API’s words on a refusal, its own otherwise, with what to do next', async () => {
    outcome(Promise.reject(new ApiCallError(400, 'invalid_token', 'This link has expired.')));
    expect((await screen.findByRole('alert')).textContent).toBe('This link has expired.');
    screen.getByText('Ask for a new link.');
    cleanup();
    outcome(Promise.reject(new Error('network down')));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not confirm.');
  });
});
