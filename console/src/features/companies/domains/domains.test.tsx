// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiCallError } from '../../../lib/api';
import { placeholder } from '../shared/pending';
import { DomainForm } from './domain-form';
import { DomainList } from './domain-list';

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
  const domains = [
    { id: 'd1', host: 'example.com' },
    { id: 'd2', host: '*.example.org' },
  ];

  test('says what an empty list means', () => {
    render(() => <DomainList domains={[]} canEdit onRemove={() => undefined} />);
    expect(screen.getByText(/No domains yet/)).toBeTruthy();
  });

  test('the owner can remove a domain; an operator sees no controls', () => {
    const onRemove = vi.fn();
    const { unmount } = render(() => <DomainList domains={domains} canEdit onRemove={onRemove} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove *.example.org' }));
    expect(onRemove).toHaveBeenCalledWith(domains[1]);
    unmount();
    render(() => <DomainList domains={domains} canEdit={false} onRemove={onRemove} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  test('a row still being added is marked busy and can’t be removed yet', () => {
    render(() => <DomainList domains={[placeholder({ id: '', host: 'new.example.com' })]} canEdit onRemove={() => undefined} />);
    expect(screen.getByRole('listitem').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
