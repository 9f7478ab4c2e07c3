/** An amount in minor units as people read it, e.g. `formatMoney(2700, 'usd')` → `$27.00`. */
export function formatMoney(minor: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(minor / 100);
}
