import { formatMoney } from '../../common/billing/money';
import { escapeHtml as e } from '../mail/html';

export interface LocalCheckoutView {
  ref: string;
  companyName: string;
  planName: string;
  operators: number;
  months: number;
  amountCents: number;
  currency: string;
  status: 'pending' | 'paid' | 'cancelled';
  backUrl: string;
}

/** The page's stylesheet and script, served as files: the page policy (SPEC S) allows no inline style or script. */
export const CHECKOUT_STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f3f4f6;color:#111}
main{max-width:420px;margin:10vh auto;background:#fff;border-radius:12px;padding:32px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:20px;margin:0 0 4px}.note{color:#555;font-size:14px}dl{display:grid;grid-template-columns:auto 1fr;gap:4px 16px}
dt{color:#555}dd{margin:0;text-align:right}.total{font-size:24px;font-weight:600;text-align:right;margin:16px 0}
.actions{display:flex;gap:12px}button{flex:1;font:inherit;padding:10px;border-radius:8px;border:1px solid #2563eb;cursor:pointer}
#pay{background:#2563eb;color:#fff}#decline{background:#fff;color:#2563eb}[role=alert]{color:#b91c1c}`;

// Posts to the worker and follows the redirect it answers; fetch sends the console's own Origin, as the API's CSRF check wants.
export const CHECKOUT_SCRIPT = `for (const b of document.querySelectorAll('button[data-action]')) b.addEventListener('click', async () => {
  for (const x of document.querySelectorAll('button')) x.disabled = true;
  const alert = document.getElementById('error');
  try {
    const res = await fetch(location.pathname + '/' + b.dataset.action, { method: 'POST' });
    const body = await res.json();
    if (!res.ok) throw new Error(body.error?.message ?? 'The payment could not be completed.');
    location.assign(body.redirect);
  } catch (err) {
    alert.textContent = err.message;
    for (const x of document.querySelectorAll('button')) x.disabled = false;
  }
});`;

/** Where localCheckoutRoutes serves CHECKOUT_STYLE and CHECKOUT_SCRIPT. */
export const CHECKOUT_ASSETS = { style: '/api/billing/checkout-page.css', script: '/api/billing/checkout-page.js' } as const;

/** The local test provider's checkout page (development only): what is bought, Pay and Decline. */
export function localCheckoutPage(v: LocalCheckoutView): string {
  const amount = formatMoney(v.amountCents, v.currency);
  const body =
    v.status === 'pending'
      ? `<div class="actions"><button id="pay" data-action="pay">Pay ${e(amount)}</button><button id="decline" data-action="decline">Decline</button></div>
<p id="error" role="alert"></p><script src="${CHECKOUT_ASSETS.script}" defer></script>`
      : `<p>This checkout is ${v.status === 'paid' ? 'paid' : 'closed'}.</p><p><a href="${e(v.backUrl)}">Back to Parley</a></p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Test checkout: ${e(amount)}</title><link rel="stylesheet" href="${CHECKOUT_ASSETS.style}"></head><body><main>
<h1>Test checkout</h1><p class="note">Parley's local test provider. No real money moves.</p>
<dl><dt>Company</dt><dd>${e(v.companyName)}</dd><dt>Plan</dt><dd>${e(v.planName)}</dd>
<dt>Operators</dt><dd>${v.operators}</dd><dt>Months</dt><dd>${v.months}</dd></dl>
<p class="total" aria-label="Total">${e(amount)}</p>${body}</main></body></html>`;
}
