// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiCallError } from '../../../lib/api';
import { placeholder } from '../shared/pending';
import type { Domain } from '../shared/types';
import { DomainForm } from './domain-form';
import { type DomainActions, DomainList } from './domain-list';

afterEach(cleanup);

describe('DomainForm', () => {
  test('clears the field at once and puts the text back with the server’s reason when refused', async () => {
    let refuse!: (err: unknown) => void;
    const onAdd = vi.fn(() => new Promise((_, reject) => (refuse = reject)));
    render(() => <DomainForm onAdd={onAdd} />);
    const input = screen.getByLabelText('Domain') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'shop.example.com' } });
    fireEvent.submit(input.closest('form')!);
    expect(input.value).toBe('');
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('shop.example.com'));
    const message = 'This domain is already used by another company.';
    refuse(new ApiCallError(409, 'domain_taken', message, { host: message }));
    await waitFor(() => expect(input.value).toBe('shop.example.com'));
    expect(screen.getByText(message).getAttribute('role')).toBe('alert');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('DomainList', () => {
  const how = (host: string) => ({
    dns: { name: `_parley-verification.${host.replace('*.', '')}`, type: 'TXT' as const, value: 'parley-verification=t0k3n' },
    meta: host.startsWith('*.') ? null : { url: `https://${host}/`, tag: '<meta name="parley-verification" content="t0k3n">' },
    file: null,
  });
  const domains: Domain[] = [
    { id: 'd1', host: 'example.com', status: 'verified', verifiedAt: '2026-01-01T00:00:00.000Z', verification: null },
    { id: 'd2', host: '*.example.org', status: 'unverified', verifiedAt: null, verification: how('*.example.org') },
    { id: 'd3', host: 'shop.example.net', status: 'disabled', verifiedAt: null, verification: how('shop.example.net') },
  ];
  const actions = (overrides: Partial<DomainActions> = {}): DomainActions => ({
    onRemove: vi.fn(),
    onVerify: vi.fn(),
    verifying: null,
    devVerify: false,
    ...overrides,
  });

  test('says what an empty list means', () => {
    render(() => <DomainList domains={[]} actions={actions()} />);
    expect(screen.getByText(/No domains yet/)).toBeTruthy();
  });

  test('shows each domain’s ownership status', () => {
    render(() => <DomainList domains={domains} />);
    const rows = screen.getAllByRole('listitem');
    expect(within(rows[0]!).getByText('Verified')).toBeTruthy();
    expect(within(rows[1]!).getByText('Not verified')).toBeTruthy();
    expect(within(rows[2]!).getByText(/Disabled: another company proved it/)).toBeTruthy();
  });

  test('the owner can verify or remove a domain and sees what to publish; an operator sees no controls', () => {
    const owner = actions();
    const { unmount } = render(() => <DomainList domains={domains} actions={owner} />);
    expect(screen.queryByRole('button', { name: 'Verify example.com' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Verify *.example.org' }));
    expect(owner.onVerify).toHaveBeenCalledWith(domains[1], false);
    fireEvent.click(screen.getByRole('button', { name: 'Remove *.example.org' }));
    expect(owner.onRemove).toHaveBeenCalledWith(domains[1]);
    expect(screen.getByText('_parley-verification.example.org')).toBeTruthy();
    expect(screen.getAllByText('parley-verification=t0k3n')).toHaveLength(2);
    expect(screen.getByText('<meta name="parley-verification" content="t0k3n">')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /without proof/ })).toBeNull();
    unmount();
    render(() => <DomainList domains={domains} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByText(/How to prove/)).toBeNull();
  });

  test('offers verifying without proof in development, and blocks buttons while one verification runs', () => {
    const dev = actions({ devVerify: true, verifying: 'd2' });
    render(() => <DomainList domains={domains} actions={dev} />);
    const devButton = screen.getByRole('button', { name: 'Verify shop.example.net without proof (development)' }) as HTMLButtonElement;
    expect(devButton.disabled).toBe(true);
    expect(screen.getAllByRole('listitem')[1]!.getAttribute('aria-busy')).toBe('true');
  });

  test('an internationalised domain reads in Unicode, with its stored form beside it', () => {
    const owner = actions();
    const idn = {
      id: 'd4',
      host: 'xn--mnchen-3ya.de',
      status: 'unverified' as const,
      verifiedAt: null,
      verification: how('xn--mnchen-3ya.de'),
    };
    render(() => <DomainList domains={[idn, domains[0]!]} actions={owner} />);
    const [row, plain] = screen.getAllByRole('listitem');
    expect(within(row!).getByText('münchen.de')).toBeTruthy();
    expect(within(row!).getByText('xn--mnchen-3ya.de')).toBeTruthy();
    expect(within(row!).getByText('How to prove you own münchen.de')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove münchen.de' }));
    expect(owner.onRemove).toHaveBeenCalledWith(idn);
    expect(within(plain!).getAllByText('example.com')).toHaveLength(1);
  });

  test('a row still being added is marked busy and can’t be removed yet', () => {
    render(() => (
      <DomainList
        domains={[placeholder({ id: '', host: 'new.example.com', status: 'unverified', verifiedAt: null, verification: null })]}
        actions={actions()}
      />
    ));
    expect(screen.getByRole('listitem').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
