// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { aggregate } from '../../../../common/reports/aggregate';
import { ReportBody } from './report-body';
import { SAMPLE_NAMES, sampleReport } from './report-fixture';

afterEach(cleanup);

const figure = (name: string) => document.querySelector<HTMLElement>(`[data-figure="${name}"]`);

describe('ReportBody', () => {
  test('a range without chats says so instead of showing zeros', () => {
    const empty = aggregate([], { timeZone: 'UTC', from: '2026-11-24', to: '2026-11-30' });
    render(() => <ReportBody report={empty} names={SAMPLE_NAMES} />);
    expect(screen.getByText('No chats in this range.')).toBeTruthy();
    expect(figure('chats')).toBeNull();
    expect(document.querySelector('svg')).toBeNull();
  });

  test('offline messages alone still leave the range without chats, and say how many there were', () => {
    const offline = aggregate([{ id: 'o1', chatId: 'o1', at: Date.UTC(2026, 10, 30, 12), kind: 'offline_message' }], {
      timeZone: 'UTC',
      from: '2026-11-24',
      to: '2026-11-30',
    });
    render(() => <ReportBody report={offline} names={SAMPLE_NAMES} />);
    expect(screen.getByText('No chats in this range.')).toBeTruthy();
    expect(screen.getByText('Visitors left 1 offline message.')).toBeTruthy();
  });

  test("everyone's figures: cards with human durations, missed reasons, ratings and offline messages", () => {
    render(() => <ReportBody report={sampleReport()} names={SAMPLE_NAMES} />);
    expect(screen.getByRole('status').textContent).toBe('Everyone · Tue, 24 Nov 2026 – Mon, 30 Nov 2026');
    expect(figure('chats')!.querySelector('.report-value')!.textContent).toBe('3');
    expect(figure('missed')!.querySelector('.report-value')!.textContent).toBe('1');
    expect(figure('missed')!.querySelector('[data-reason="left_queue"]')!.textContent).toBe('Left the queue: 1');
    // First responses 90 s and 30 s: the nearest-rank median of two is the smaller.
    expect(figure('first-response')!.querySelector('.report-value')!.textContent).toBe('30 s');
    expect(figure('first-response')!.textContent).toContain('90% within 1 min 30 s');
    expect(figure('ratings')!.querySelector('.report-value')!.textContent).toBe('50% good');
    expect(figure('ratings')!.textContent).toContain('Good: 1 · Bad: 1');
    expect(figure('offline-messages')!.querySelector('.report-value')!.textContent).toBe('1');
  });

  test('the charts: one bar per day with its numbers for screen readers, and a 7×24 heat map Monday first', () => {
    render(() => <ReportBody report={sampleReport()} names={SAMPLE_NAMES} />);
    expect(document.querySelectorAll('.day-chart .bar')).toHaveLength(7);
    const table = screen.getByRole('table', { name: 'Chats per day' });
    const last = within(table).getAllByRole('row').at(-1)!;
    expect(last.textContent).toBe('Mon, 30 Nov 202631');
    const map = screen.getByRole('img', { name: /hour of the week/ });
    expect(map.getAttribute('aria-label')).toBe('Chats per hour of the week (UTC); busiest: Mon 09:00–10:00, 1');
    expect(map.querySelectorAll('rect.heat')).toHaveLength(7 * 24);
    expect(map.querySelector('text.weekday-label')!.textContent).toBe('Mon');
    expect(map.querySelectorAll('rect.heat-4')).toHaveLength(3);
  });

  test('breakdowns name operators and categories, busiest first', () => {
    render(() => <ReportBody report={sampleReport()} names={SAMPLE_NAMES} />);
    const operators = screen.getByRole('region', { name: 'Per operator' });
    expect(
      within(operators)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Ann', 'Bob']);
    const categories = screen.getByRole('region', { name: 'Per category' });
    expect(within(categories).getByRole('rowheader').textContent).toBe('Sales');
    expect(within(screen.getByRole('region', { name: 'Per language' })).getByRole('rowheader').textContent).toBe('English');
  });

  test("one operator's figures leave out the per-operator table and the company's offline messages", () => {
    render(() => <ReportBody report={sampleReport('u2')} names={SAMPLE_NAMES} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Bob · /);
    expect(figure('chats')!.querySelector('.report-value')!.textContent).toBe('1');
    expect(figure('offline-messages')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Per operator' })).toBeNull();
  });
});
