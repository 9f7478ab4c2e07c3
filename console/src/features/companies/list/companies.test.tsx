// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiCallError } from '../../../lib/api';
import { renderWithRouter } from '../shared/test-router';
import { CompanyList } from './company-list';
import { CreateCompanyForm } from './create-company-form';

afterEach(cleanup);

describe('CreateCompanyForm', () => {
  test('an empty name is refused inline by the shared schema, without a request', async () => {
    const onCreate = vi.fn(async () => undefined);
    render(() => <CreateCompanyForm onCreate={onCreate} />);
    fireEvent.submit(screen.getByRole('button', { name: 'Create company' }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a company name.');
    expect(screen.getByLabelText('Company name').getAttribute('aria-invalid')).toBe('true');
    expect(onCreate).not.toHaveBeenCalled();
  });

  test('submits the trimmed name and shows a server failure on the form', async () => {
    const onCreate = vi.fn(async () => {
      throw new ApiCallError(500, 'internal', 'Something went wrong on our side.');
    });
    render(() => <CreateCompanyForm onCreate={onCreate} />);
    fireEvent.input(screen.getByLabelText('Company name'), { target: { value: '  Acme  ' } });
    fireEvent.submit(screen.getByLabelText('Company name').closest('form')!);
    await waitFor(() => expect(onCreate).toHaveBeenCalledWith('Acme'));
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong on our side.');
    expect((screen.getByLabelText('Company name') as HTMLInputElement).value).toBe('  Acme  ');
  });
});

describe('CompanyList', () => {
  test('links each company to its overview and shows my role', () => {
    renderWithRouter(() => (
      <CompanyList
        companies={[
          { id: 'c1', name: 'Acme', publicKey: 'k1', role: 'owner' },
          { id: 'c2', name: 'Globex', publicKey: 'k2', role: 'operator' },
        ]}
      />
    ));
    expect(screen.getByRole('link', { name: 'Acme' }).getAttribute('href')).toBe('/companies/c1');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['AcmeOwner', 'GlobexOperator']);
  });
});
