import { SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import { apiFetch, ORIGIN, type TestUser } from '../../../test/helpers';
import { companyPath, expectJson } from '../../companies/test/api';
import { LOCAL_WEBHOOK_SECRET } from '../local-provider';
import { signPayload } from '../signature';

export interface OpenCheckout {
  paymentId: string;
  checkoutUrl: string;
  /** The local provider's checkout reference (the session id its events carry). */
  ref: string;
  amount: number;
}

/** POST …/payments as the owner; the answer's checkout is the local provider's page. */
export async function openCheckout(
  owner: TestUser,
  companyId: string,
  body: { plan: string; operators: number; months: number },
): Promise<OpenCheckout> {
  const answer = await expectJson(await apiFetch(companyPath(companyId, '/payments'), { body, user: owner }), 201);
  const url = new URL(answer.checkoutUrl);
  const ref = url.pathname.split('/').pop()!;
  return { ...answer, ref };
}

/** Presses Pay or Decline on the local checkout page, as its script does; returns where it sends the payer. */
export async function pressCheckout(ref: string, action: 'pay' | 'decline'): Promise<string> {
  const res = await SELF.fetch(`${ORIGIN}/api/billing/checkout/${ref}/${action}`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
  });
  return (await expectJson<{ redirect: string }>(res, 200)).redirect;
}

/** Opens a checkout and pays it: the company's plan is then what was bought. */
export async function buyPlan(
  owner: TestUser,
  companyId: string,
  body: { plan: string; operators: number; months: number },
): Promise<OpenCheckout> {
  const checkout = await openCheckout(owner, companyId, body);
  await pressCheckout(checkout.ref, 'pay');
  return checkout;
}

/** A Checkout Session event about `checkout` as a provider would send it. */
export function sessionEvent(
  companyId: string,
  checkout: Pick<OpenCheckout, 'paymentId' | 'ref' | 'amount'>,
  opts: { id?: string; type?: string; paymentStatus?: string; created?: number } = {},
) {
  return {
    id: opts.id ?? `evt_test_${crypto.randomUUID()}`,
    object: 'event',
    type: opts.type ?? 'checkout.session.completed',
    created: opts.created ?? Math.floor(Date.now() / 1000),
    livemode: false,
    data: {
      object: {
        id: checkout.ref,
        object: 'checkout.session',
        mode: 'payment',
        payment_status: opts.paymentStatus ?? 'paid',
        amount_total: checkout.amount,
        currency: 'usd',
        client_reference_id: checkout.paymentId,
        metadata: { companyId, paymentId: checkout.paymentId },
      },
    },
  };
}

/** POSTs a body to the webhook signed with `secret` (the local provider's by default) at `timestampS`. */
export async function deliverWebhook(
  event: unknown,
  opts: { secret?: string; timestampS?: number; signature?: string | null } = {},
): Promise<Response> {
  const payload = JSON.stringify(event);
  const signature =
    opts.signature === undefined
      ? await signPayload(payload, opts.secret ?? LOCAL_WEBHOOK_SECRET, opts.timestampS ?? Math.floor(Date.now() / 1000))
      : opts.signature;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['stripe-signature'] = signature;
  return SELF.fetch(`${ORIGIN}/api/billing/webhook`, { method: 'POST', headers, body: payload });
}

/** GET …/plan as `user`. */
export async function planOf(user: TestUser, companyId: string) {
  return expectJson(await apiFetch(companyPath(companyId, '/plan'), { user }), 200);
}

/** GET …/payments as `user`. */
export async function ledgerOf(user: TestUser, companyId: string) {
  return expectJson(await apiFetch(companyPath(companyId, '/payments'), { user }), 200);
}

/** Asserts `at` (ISO) lies within [from, to] epoch ms. */
export function expectBetween(at: string | null, from: number, to: number): void {
  expect(at).not.toBeNull();
  const t = Date.parse(at!);
  expect(t).toBeGreaterThanOrEqual(from);
  expect(t).toBeLessThanOrEqual(to);
}
