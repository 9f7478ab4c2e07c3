import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * On the company's Plan page: picks `plan` for `operators`, presses Pay for `months`, and on the
 * local test provider's checkout page presses Pay or Decline; waits until the console's Plan page
 * is back and says how it ended.
 */
export async function checkoutOnPlanPage(
  page: Page,
  opts: { plan: string; operators: number; months?: number; action: 'Pay' | 'Decline' },
): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${opts.plan}\\b`) }).check();
  await page.getByLabel('Operators').fill(String(opts.operators));
  await page.getByLabel('Months').fill(String(opts.months ?? 1));
  await page.getByRole('button', { name: /^Pay \$/ }).click();
  await page.waitForURL(new RegExp(`^${inject('baseUrl')}/api/billing/checkout/cs_local_`));
  await page.getByRole('heading', { name: 'Test checkout' }).waitFor();
  await page.getByRole('button', { name: opts.action === 'Pay' ? /^Pay \$/ : 'Decline' }).click();
  await page.waitForURL(/\/plan\?payment=/);
  await page
    .getByRole('status')
    .filter({ hasText: opts.action === 'Pay' ? 'Payment received' : 'The payment was declined' })
    .waitFor();
}
