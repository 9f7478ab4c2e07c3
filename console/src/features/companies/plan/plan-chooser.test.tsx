// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CataloguePlan, CompanyPlan, PlanPreview } from '../shared/types';
import { type PlanActions, PlanChooser } from './plan-chooser';

afterEach(cleanup);

const CATALOGUE: CataloguePlan[] = [
  { id: 'free', name: 'Free', pricePerOperator: 0, currency: 'usd', maxOperators: 1 },
  { id: 'standard', name: 'Standard', pricePerOperator: 900, currency: 'usd', maxOperators: 20 },
  { id: 'pro', name: 'Pro', pricePerOperator: 1900, currency: 'usd', maxOperators: 100 },
];
const FREE: CompanyPlan = {
  plan: 'free',
  planName: 'Free',
  operators: 1,
  paidUntil: null,
  paid: false,
  isFree: true,
  operatorLimit: 1,
  operatorsUsed: 1,
  pricePerOperator: 0,
  currency: 'usd',
  monthlyPrice: 0,
  remainingValue: 0,
};

function actions(over: Partial<PlanActions> = {}) {
  const preview = vi.fn(
    async ({ plan, operators }: { plan: string; operators: number }): Promise<PlanPreview> => ({
      ...FREE,
      plan,
      planName: CATALOGUE.find((p) => p.id === plan)!.name,
      operators,
      isFree: plan === 'free',
      preview: true,
      change: plan === 'free' ? null : 'change',
      before: FREE,
    }),
  );
  return { preview, apply: vi.fn(async () => undefined), pay: vi.fn(async () => undefined), ...over };
}

const operatorsInput = () => screen.getByLabelText('Operators') as HTMLInputElement;

describe('PlanChooser', () => {
  test('previews the picked plan live, then pays for exactly it', async () => {
    const a = actions();
    render(() => <PlanChooser plan={FREE} catalogue={CATALOGUE} actions={a} />);
    fireEvent.click(screen.getByLabelText(/Pro/));
    fireEvent.input(operatorsInput(), { target: { value: '3' } });
    await waitFor(() => expect(screen.getByTestId('plan-preview').textContent).toContain('Pay below to start Pro for 3 operators'));
    expect(a.preview).toHaveBeenLastCalledWith({ plan: 'pro', operators: 3 });
    expect(screen.getByTestId('payment-preview').textContent).toContain('Pro for 3 operators, 1 month: $57.00.');
    fireEvent.input(screen.getByLabelText('Months'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pay $171.00 for 3 months' }));
    await waitFor(() => expect(a.pay).toHaveBeenCalledWith({ plan: 'pro', operators: 3, months: 3 }));
  });

  test('refuses more operators than the plan allows, without asking the server', () => {
    vi.useFakeTimers();
    try {
      const a = actions();
      render(() => <PlanChooser plan={FREE} catalogue={CATALOGUE} actions={a} />);
      fireEvent.input(operatorsInput(), { target: { value: '21' } });
      expect(screen.getByText('Standard allows up to 20 operators.')).toBeTruthy();
      expect((screen.getByRole('button', { name: 'Pay' }) as HTMLButtonElement).disabled).toBe(true);
      // Well past the preview's typing pause: no request was ever scheduled for 21.
      vi.advanceTimersByTime(10_000);
      expect(a.preview).not.toHaveBeenCalledWith({ plan: 'standard', operators: 21 });
    } finally {
      vi.useRealTimers();
    }
  });

  test('applies a change only when the preview says it changes something; Free has one operator and no payment', async () => {
    const a = actions();
    render(() => <PlanChooser plan={FREE} catalogue={CATALOGUE} actions={a} />);
    fireEvent.click(screen.getByLabelText(/Free/));
    expect(operatorsInput().disabled).toBe(true);
    expect(operatorsInput().value).toBe('1');
    await waitFor(() => expect(screen.getByTestId('plan-preview').textContent).toContain('nothing would change'));
    expect((screen.getByRole('button', { name: 'Apply change' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByLabelText('Months')).toBeNull();

    fireEvent.click(screen.getByLabelText(/Standard/));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Apply change' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Apply change' }));
    await waitFor(() => expect(a.apply).toHaveBeenCalledWith({ plan: 'standard', operators: 2 }));
  });
});
