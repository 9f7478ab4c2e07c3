import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { MONTH_MS } from '../../common/billing/period';
import { apiFetch, createUser, ORIGIN } from '../../test/helpers';
import { companyPath, createCompanyAs, expectError, expectJson } from '../companies/test/api';
import { createCompanyFixture } from '../companies/test/fixtures';
import { latestMailTo } from '../mail/test/mailbox';
import { LOCAL_WEBHOOK_SECRET } from './local-provider';
import { SIGNATURE_TOLERANCE_S, signPayload } from './signature';
import { buyPlan, deliverWebhook, expectBetween, ledgerOf, openCheckout, planOf, pressCheckout, sessionEvent } from './test/billing';

async function newCompany() {
  const owner = await createUser();
  const { id } = await createCompanyAs(owner);
  return { owner, id };
}

describe('payments through the local checkout', () => {
  it('opens a checkout on the same origin, and Pay applies exactly the payment with a ledger row and a receipt', async () => {
    const { owner, id } = await newCompany();
    const checkout = await openCheckout(owner, id, { plan: 'standard', operators: 3, months: 2 });
    expect(checkout.amount).toBe(900 * 3 * 2);
    // The worker's own origin (APP_ORIGIN); tests reach the same worker at ORIGIN.
    expect(checkout.checkoutUrl).toBe(`${env.APP_ORIGIN}/api/billing/checkout/${checkout.ref}`);
    expect(checkout.ref).toMatch(/^cs_local_/);

    const page = await SELF.fetch(`${ORIGIN}/api/billing/checkout/${checkout.ref}`);
    const html = await page.text();
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('Pay $54.00');
    expect(html).toContain('Decline');
    // The page policy allows no inline script or style: both come from files on the same origin.
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).not.toMatch(/<script>|<style>/);
    for (const [tag, type] of [
      [/<script src="([^"]+)"/, 'text/javascript'],
      [/<link rel="stylesheet" href="([^"]+)"/, 'text/css'],
    ] as const) {
      const asset = await SELF.fetch(`${ORIGIN}${html.match(tag)![1]}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toContain(type);
    }

    const t0 = Date.now();
    const back = await pressCheckout(checkout.ref, 'pay');
    const t1 = Date.now();
    expect(back).toBe(`${env.APP_ORIGIN}/companies/${id}/plan?payment=${checkout.paymentId}`);
    const plan = await planOf(owner, id);
    expect(plan).toMatchObject({ plan: 'standard', operators: 3, paid: true, operatorLimit: 3 });
    expectBetween(plan.paidUntil, t0 + 2 * MONTH_MS, t1 + 2 * MONTH_MS);

    const { ledger, checkouts } = await ledgerOf(owner, id);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({
      seq: 1,
      kind: 'payment',
      actor: { id: owner.id, name: owner.name },
      before: { plan: 'free', operators: 1, paidUntil: null },
      after: { plan: 'standard', operators: 3, paidUntil: plan.paidUntil },
      amount: 5400,
      currency: 'usd',
      payment: { id: checkout.paymentId, months: 2 },
    });
    expect(checkouts[0]).toMatchObject({ id: checkout.paymentId, status: 'paid' });

    const receipt = await latestMailTo(owner.email);
    expect(receipt.subject).toContain('Receipt: $54.00');
    expect(receipt.text).toContain('Standard plan, 3 operators, 2 months: $54.00.');
    expect(receipt.links).toContain(`${env.APP_ORIGIN}/companies/${id}/plan`);

    // The seat is real: a second operator can now be invited.
    const other = await createUser();
    await expectJson(await apiFetch(companyPath(id, '/operators'), { body: { email: other.email }, user: owner }), 201);
    // The page of a finished checkout offers no buttons.
    expect(await (await SELF.fetch(`${ORIGIN}/api/billing/checkout/${checkout.ref}`)).text()).not.toContain('data-action');
  });

  it('leaves everything as it was on Decline, and marks the checkout cancelled', async () => {
    const { owner, id } = await newCompany();
    const checkout = await openCheckout(owner, id, { plan: 'pro', operators: 3, months: 1 });
    expect(await pressCheckout(checkout.ref, 'decline')).toBe(
      `${env.APP_ORIGIN}/companies/${id}/plan?payment=${checkout.paymentId}&checkout=cancelled`,
    );
    expect(await planOf(owner, id)).toMatchObject({ plan: 'free', paid: false, operatorLimit: 1 });
    const { ledger, checkouts } = await ledgerOf(owner, id);
    expect(ledger).toEqual([]);
    expect(checkouts[0]).toMatchObject({ id: checkout.paymentId, status: 'cancelled' });
  });

  it('applies what the payment froze, whatever the plan became during the checkout', async () => {
    const { owner, id } = await newCompany();
    const checkout = await openCheckout(owner, id, { plan: 'standard', operators: 3, months: 1 });
    await expectJson(await apiFetch(companyPath(id, '/plan'), { method: 'PUT', body: { plan: 'pro', operators: 7 }, user: owner }), 200);
    await pressCheckout(checkout.ref, 'pay');
    expect(await planOf(owner, id)).toMatchObject({ plan: 'standard', operators: 3, operatorLimit: 3 });
  });

  it('refuses payments for Free, over a plan maximum, or for a bad number of months; operators may not pay', async () => {
    const { owner, id } = await newCompany();
    const pay = (body: unknown, user = owner) => apiFetch(companyPath(id, '/payments'), { body, user });
    await expectError(await pay({ plan: 'free', operators: 1, months: 1 }), 422, 'free_plan');
    await expectError(await pay({ plan: 'standard', operators: 21, months: 1 }), 422, 'too_many_operators');
    await expectError(await pay({ plan: 'standard', operators: 2, months: 0 }), 400, 'invalid_input');
    await expectError(await pay({ plan: 'standard', operators: 2, months: 25 }), 400, 'invalid_input');
    const f = await createCompanyFixture();
    await expectError(
      await apiFetch(companyPath(f.companyId, '/payments'), { body: { plan: 'pro', operators: 2, months: 1 }, user: f.operator }),
      403,
      'forbidden',
    );
  });
});

describe('POST /api/billing/webhook', () => {
  it('applies a valid event once: a replay of the same event changes nothing', async () => {
    const { owner, id } = await newCompany();
    const checkout = await openCheckout(owner, id, { plan: 'standard', operators: 2, months: 1 });
    const event = sessionEvent(id, checkout);
    expect(await expectJson(await deliverWebhook(event), 200)).toEqual({ received: true, result: 'paid' });
    const paid = await planOf(owner, id);
    expect(await expectJson(await deliverWebhook(event), 200)).toEqual({ received: true, result: 'duplicate' });
    expect(await planOf(owner, id)).toMatchObject({ paidUntil: paid.paidUntil });
    expect((await ledgerOf(owner, id)).ledger).toHaveLength(1);
  });

  it('applies a payment once when two different events report it', async () => {
    const { owner, id } = await newCompany();
    const checkout = await openCheckout(owner, id, { plan: 'standard', operators: 2, months: 1 });
    expect((await expectJson(await deliverWebhook(sessionEvent(id, checkout)), 200)).result).toBe('paid');
    const again = sessionEvent(id, checkout, { type: 'checkout.session.async_payment_succeeded' });
    expect((await expectJson(await deliverWebhook(again), 200)).result).toBe('duplicate');
    expect((await ledgerOf(owner, id)).ledger).toHaveLength(1);
  });

  it('applies two different payments delivered in reverse order, both', async () => {
    const { owner, id } = await newCompany();
    const first = await openCheckout(owner, id, { plan: 'standard', operators: 2, months: 1 });
    const second = await openCheckout(owner, id, { plan: 'standard', operators: 2, months: 2 });
    const t0 = Date.now();
    expect((await expectJson(await deliverWebhook(sessionEvent(id, second)), 200)).result).toBe('paid');
    expect((await expectJson(await deliverWebhook(sessionEvent(id, first)), 200)).result).toBe('paid');
    const t1 = Date.now();
    expectBetween((await planOf(owner, id)).paidUntil, t0 + 3 * MONTH_MS, t1 + 3 * MONTH_MS);
    const { ledger } = await ledgerOf(owner, id);
    expect(ledger.map((e: { payment: { id: string } }) => e.payment.id)).toEqual([first.paymentId, second.paymentId]);
  });

  it('answers 400 and changes nothing for a wrong secret, a tampered body, a stale timestamp or no signature', async () => {
    const { owner, id } = await newCompany();
    const checkout = await openCheckout(owner, id, { plan: 'standard', operators: 2, months: 1 });
    const event = sessionEvent(id, checkout);
    await expectError(await deliverWebhook(event, { secret: 'whsec_someone_else' }), 400, 'invalid_signature');
    const stale = Math.floor(Date.now() / 1000) - SIGNATURE_TOLERANCE_S - 5;
    await expectError(await deliverWebhook({ ...event, created: stale }, { timestampS: stale }), 400, 'invalid_signature');
    await expectError(await deliverWebhook(event, { signature: null }), 400, 'invalid_signature');
    const genuine = await signPayload(JSON.stringify(event), LOCAL_WEBHOOK_SECRET, Math.floor(Date.now() / 1000));
    const tampered = { ...event, data: { object: { ...event.data.object, amount_total: 1 } } };
    await expectError(await deliverWebhook(tampered, { signature: genuine }), 400, 'invalid_signature');
    expect(await planOf(owner, id)).toMatchObject({ plan: 'free', paid: false });
    expect((await ledgerOf(owner, id)).checkouts[0]).toMatchObject({ status: 'pending' });
    // The genuine event still applies afterwards: nothing was recorded as seen.
    expect((await expectJson(await deliverWebhook(event, { signature: genuine }), 200)).result).toBe('paid');
  });

  it('answers 200 and changes nothing for a correctly signed event type Parley does not handle, or an unpaid session', async () => {
    const { owner, id } = await newCompany();
    const checkout = await openCheckout(owner, id, { plan: 'standard', operators: 2, months: 1 });
    expect(await expectJson(await deliverWebhook(sessionEvent(id, checkout, { type: 'customer.created' })), 200)).toEqual({
      received: true,
      result: 'ignored',
    });
    expect((await expectJson(await deliverWebhook(sessionEvent(id, checkout, { paymentStatus: 'unpaid' })), 200)).result).toBe('ignored');
    expect(await planOf(owner, id)).toMatchObject({ plan: 'free', paid: false });
    expect((await ledgerOf(owner, id)).ledger).toEqual([]);
  });

  it('ignores a session that names a payment of another company or another amount', async () => {
    const a = await newCompany();
    const b = await newCompany();
    const checkout = await openCheckout(a.owner, a.id, { plan: 'standard', operators: 2, months: 1 });
    expect((await expectJson(await deliverWebhook(sessionEvent(b.id, checkout)), 200)).result).toBe('ignored');
    expect((await expectJson(await deliverWebhook(sessionEvent(a.id, { ...checkout, amount: 1 })), 200)).result).toBe('ignored');
    expect(await planOf(a.owner, a.id)).toMatchObject({ paid: false });
    expect(await planOf(b.owner, b.id)).toMatchObject({ paid: false });
  });

  it('buys more time from the end of a running period', async () => {
    const { owner, id } = await newCompany();
    await buyPlan(owner, id, { plan: 'pro', operators: 2, months: 1 });
    const first = Date.parse((await planOf(owner, id)).paidUntil);
    await buyPlan(owner, id, { plan: 'pro', operators: 2, months: 1 });
    expect(Date.parse((await planOf(owner, id)).paidUntil)).toBe(first + MONTH_MS);
  });
});
