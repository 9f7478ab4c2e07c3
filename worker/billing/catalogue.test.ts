import { describe, expect, it } from 'vitest';
import { apiFetch } from '../../test/helpers';
import { expectJson } from '../companies/test/api';

describe('GET /api/plans', () => {
  it('lists Free and at least two paid plans priced per operator per month, without logging in', async () => {
    const plans = await expectJson<{ id: string; name: string; pricePerOperator: number; currency: string; maxOperators: number }[]>(
      await apiFetch('/api/plans'),
      200,
    );
    expect(plans[0]).toEqual({ id: 'free', name: 'Free', pricePerOperator: 0, currency: 'usd', maxOperators: 1 });
    const paid = plans.filter((p) => p.pricePerOperator > 0);
    expect(paid.length).toBeGreaterThanOrEqual(2);
    for (const p of paid) {
      expect(Number.isInteger(p.pricePerOperator)).toBe(true);
      expect(p.maxOperators).toBeGreaterThan(1);
      expect(p.currency).toBe('usd');
    }
    expect(paid.map((p) => p.pricePerOperator)).toEqual([...paid.map((p) => p.pricePerOperator)].sort((a, b) => a - b));
  });
});
