// @vitest-environment jsdom
import { createMemoryHistory, MemoryRouter, query, Route } from '@solidjs/router';
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { type ParentProps, Show } from 'solid-js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { aggregate } from '../../../../common/reports/aggregate';
import { CompanyProvider, useCompany } from '../companies/company-area/company-context';
import { SAMPLE_NAMES, sampleReport } from './report-fixture';
import ReportsPage from './reports-page';

afterEach(() => {
  cleanup();
  query.clear();
  vi.unstubAllGlobals();
});

/** The company's API as the server answers it; `reports` answers each report request. */
function serve(role: 'owner' | 'operator', reports: (url: URL) => Response | Promise<Response>) {
  const fetch = vi.fn(async (input: string | URL | Request) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://console.test');
    if (url.pathname === '/api/companies/c1') return Response.json({ id: 'c1', name: 'Shop', role, timeZone: 'Pacific/Kiritimati' });
    if (url.pathname === '/api/companies') return Response.json([]);
    if (url.pathname === '/api/companies/c1/operators')
      return Response.json({
        operators: [
          { id: 'u1', name: 'Ann' },
          { id: 'u2', name: 'Bob' },
        ],
        invitations: [],
      });
    if (url.pathname === '/api/companies/c1/reports') return reports(url);
    return Response.json({ error: { code: 'not_found', message: 'Not found.' } }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  const reportCalls = () =>
    fetch.mock.calls
      .map(([input]) => new URL(String(input), 'http://console.test'))
      .filter((u) => u.pathname === '/api/companies/c1/reports')
      .map((u) => Object.fromEntries(u.searchParams));
  return { reportCalls };
}

/** The page inside the company area's context, at `path` (the layout shows pages once the company is in). */
function renderAt(path: string) {
  const history = createMemoryHistory();
  history.set({ value: path });
  const Loaded = (props: ParentProps) => <Show when={useCompany().company()}>{props.children}</Show>;
  render(() => (
    <MemoryRouter history={history}>
      <Route
        path="/companies/c1/reports"
        component={() => (
          <CompanyProvider companyId="c1">
            <Loaded>
              <ReportsPage />
            </Loaded>
          </CompanyProvider>
        )}
      />
    </MemoryRouter>
  ));
  return history;
}

const report = (r = sampleReport()) => Response.json({ report: r, names: SAMPLE_NAMES });
const chatsFigure = () => document.querySelector('[data-figure="chats"] .report-value')?.textContent;

describe('the Reports page', () => {
  test("shows loading, then the last 7 days of the company's calendar, with a CSV link for the same query", async () => {
    let answer!: (r: Response) => void;
    const { reportCalls } = serve('owner', () => new Promise((resolve) => (answer = resolve)));
    renderAt('/companies/c1/reports');
    expect(await screen.findByText('Loading the report…')).toBeTruthy();
    answer(await report());
    await waitFor(() => expect(chatsFigure()).toBe('3'));
    // Kiritimati is the first place on Earth to start a day: "today" there is what the page asked for.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date());
    expect(reportCalls()).toHaveLength(1);
    expect(reportCalls()[0]!.to).toBe(today);
    const csv = screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')!;
    expect(csv).toBe(`/api/companies/c1/reports.csv?from=${reportCalls()[0]!.from}&to=${today}`);
  });

  test('the range and the operator come from the URL, and choosing another range goes into it', async () => {
    const { reportCalls } = serve('owner', () => report());
    const history = renderAt('/companies/c1/reports?range=custom&from=2026-01-05&to=2026-02-01&operator=u2');
    await waitFor(() => expect(chatsFigure()).toBe('3'));
    expect(reportCalls()).toEqual([{ from: '2026-01-05', to: '2026-02-01', operator: 'u2' }]);
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-01-05');
    await waitFor(() => expect((screen.getByLabelText('Operator') as HTMLSelectElement).value).toBe('u2'));

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-31' } });
    await waitFor(() => expect(history.get()).toBe('/companies/c1/reports?range=custom&from=2026-01-05&to=2026-01-31&operator=u2'));
    await waitFor(() => expect(reportCalls().at(-1)).toEqual({ from: '2026-01-05', to: '2026-01-31', operator: 'u2' }));

    fireEvent.change(screen.getByLabelText('Operator'), { target: { value: '' } });
    await waitFor(() => expect(history.get()).toBe('/companies/c1/reports?range=custom&from=2026-01-05&to=2026-01-31'));
    fireEvent.change(screen.getByLabelText('Range'), { target: { value: 'today' } });
    await waitFor(() => expect(history.get()).toBe('/companies/c1/reports?range=today'));
    expect(screen.queryByLabelText('From')).toBeNull();
    await waitFor(() => expect(Object.keys(reportCalls().at(-1)!)).toEqual(['from', 'to']));
    expect(reportCalls().at(-1)!.from).toBe(reportCalls().at(-1)!.to);
  });

  test('an operator has no operator filter and never asks for someone else', async () => {
    const { reportCalls } = serve('operator', () => report(sampleReport('u2')));
    renderAt('/companies/c1/reports?operator=u1');
    await waitFor(() => expect(chatsFigure()).toBe('1'));
    expect(screen.getByText('Your own chats')).toBeTruthy();
    expect(screen.queryByLabelText('Operator')).toBeNull();
    expect(reportCalls()[0]).not.toHaveProperty('operator');
  });

  test('an empty range says so', async () => {
    serve('owner', () => report(aggregate([], { timeZone: 'UTC', from: '2026-11-24', to: '2026-11-30' })));
    renderAt('/companies/c1/reports');
    expect(await screen.findByText('No chats in this range.')).toBeTruthy();
  });

  test("a refused range shows the server's message, and Retry reads it again", async () => {
    let calls = 0;
    serve('owner', () =>
      ++calls === 1
        ? Response.json({ error: { code: 'invalid_input', message: 'The end date must not be before the start date.' } }, { status: 400 })
        : report(),
    );
    renderAt('/companies/c1/reports?range=custom&from=2026-02-01&to=2026-01-01');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Couldn’t load the report: The end date must not be before the start date.');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(chatsFigure()).toBe('3'));
  });
});
