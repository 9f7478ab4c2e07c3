// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiCallError } from '../../../lib/api';
import { renderWithRouter } from '../shared/test-router';
import { DestinationsForm } from './destinations-form';
import { InvitationList, sentText } from './invitation-list';
import { InviteForm } from './invite-form';
import { OperatorList } from './operator-list';

afterEach(cleanup);

function invite(email: string) {
  const input = screen.getByLabelText('Operator’s email');
  fireEvent.input(input, { target: { value: email } });
  fireEvent.submit(input.closest('form')!);
}

describe('InviteForm', () => {
  test.each([
    ['user_not_found', 'No Parley account uses this email. Ask them to sign up first.'],
    ['user_not_verified', 'This account has not verified its email yet.'],
  ])('%s shows its own message under the email field, once', async (code, message) => {
    render(() => <InviteForm onInvite={() => Promise.reject(new ApiCallError(422, code, message, { email: message }))} />);
    invite('someone@example.com');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([message]);
    expect(screen.getByLabelText('Operator’s email').getAttribute('aria-invalid')).toBe('true');
  });

  test('the plan limit is about the company, so it shows on the form', async () => {
    const message = 'Your plan allows one operator, counting pending invitations.';
    render(() => <InviteForm onInvite={() => Promise.reject(new ApiCallError(409, 'plan_limit', message))} />);
    invite('someone@example.com');
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.getByLabelText('Operator’s email').getAttribute('aria-invalid')).toBeNull();
  });

  test('the plan limit links to the Plan page', async () => {
    renderWithRouter(() => (
      <InviteForm
        planHref="/companies/c1/plan"
        onInvite={() => Promise.reject(new ApiCallError(409, 'plan_limit', 'Your plan allows one operator.'))}
      />
    ));
    invite('someone@example.com');
    const link = await screen.findByRole('link', { name: 'Upgrade the plan on the Plan page' });
    expect(link.getAttribute('href')).toBe('/companies/c1/plan');
  });

  test('a sent invitation clears the field', async () => {
    const onInvite = vi.fn(async () => undefined);
    render(() => <InviteForm onInvite={onInvite} />);
    invite(' Ann@Example.com ');
    await waitFor(() => expect(onInvite).toHaveBeenCalledWith('Ann@Example.com'));
    await waitFor(() => expect((screen.getByLabelText('Operator’s email') as HTMLInputElement).value).toBe(''));
  });
});

describe('OperatorList', () => {
  const operator = (id: string, role: 'owner' | 'operator', languages: string[]) => ({
    id,
    name: id.toUpperCase(),
    email: `${id}@example.com`,
    role,
    avatarUrl: null,
    joinedAt: '2026-01-01T00:00:00.000Z',
    destinations: { languages, categories: [] },
  });

  test('the owner can’t be removed; every operator has Destination management', () => {
    const onRemove = vi.fn();
    renderWithRouter(() => (
      <OperatorList
        operators={[operator('own', 'owner', ['en']), operator('ann', 'operator', [])]}
        canEdit
        categoriesEnabled={false}
        categoryNames={new Map()}
        destinationsHref={(o) => `/d/${o.id}`}
        onRemove={onRemove}
      />
    ));
    expect(screen.getAllByRole('link', { name: 'Destination management' }).map((a) => a.getAttribute('href'))).toEqual([
      '/d/own',
      '/d/ann',
    ]);
    expect(screen.queryByRole('button', { name: 'Remove OWN' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove ANN' }));
    expect(onRemove).toHaveBeenCalledOnce();
    expect(screen.getAllByRole('listitem')[1]!.textContent).toMatch(/receives no chats/);
  });
});

describe('DestinationsForm', () => {
  const languages = [
    { code: 'en', isDefault: true },
    { code: 'uk', isDefault: false },
  ];
  const categories = [{ id: 'c1', name: 'Sales' }];

  test('with categories off, only languages are offered and sent', async () => {
    const onSave = vi.fn(async () => undefined);
    renderWithRouter(() => (
      <DestinationsForm
        languages={languages}
        categories={categories}
        categoriesEnabled={false}
        initial={{ languages: ['en'], categories: [] }}
        canEdit
        languagesHref="/l"
        onSave={onSave}
      />
    ));
    expect(screen.queryByText('Categories')).toBeNull();
    fireEvent.click(screen.getByLabelText(/Ukrainian/));
    fireEvent.click(screen.getByLabelText(/English/));
    fireEvent.submit(screen.getByRole('button', { name: 'Save destinations' }).closest('form')!);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ languages: ['uk'], categories: [] }));
    expect(await screen.findByText('Destinations saved.')).toBeTruthy();
  });

  test('with categories on, categories are offered too', async () => {
    const onSave = vi.fn(async () => undefined);
    renderWithRouter(() => (
      <DestinationsForm
        languages={languages}
        categories={categories}
        categoriesEnabled
        initial={{ languages: [], categories: [] }}
        canEdit
        languagesHref="/l"
        onSave={onSave}
      />
    ));
    fireEvent.click(screen.getByLabelText(/English/));
    fireEvent.click(screen.getByLabelText('Sales'));
    fireEvent.submit(screen.getByRole('button', { name: 'Save destinations' }).closest('form')!);
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ languages: ['en'], categories: ['c1'] }));
  });

  test('operators see the choices but can’t change or save them', () => {
    renderWithRouter(() => (
      <DestinationsForm
        languages={languages}
        categories={[]}
        categoriesEnabled={false}
        initial={{ languages: ['en'], categories: [] }}
        canEdit={false}
        languagesHref="/l"
        onSave={async () => undefined}
      />
    ));
    expect((screen.getByLabelText(/English/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('group', { name: 'Languages' }) as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save destinations' })).toBeNull();
  });

  test('without languages it points to the Languages page', () => {
    renderWithRouter(() => (
      <DestinationsForm
        languages={[]}
        categories={[]}
        categoriesEnabled={false}
        initial={{ languages: [], categories: [] }}
        canEdit
        languagesHref="/l"
        onSave={async () => undefined}
      />
    ));
    expect(screen.getByRole('link', { name: 'Add languages' }).getAttribute('href')).toBe('/l');
  });
});

describe('InvitationList', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  const pending = (id: string, invitedAt: string, resentAt: string | null = null) => ({
    id,
    userId: `u-${id}`,
    name: id.toUpperCase(),
    email: `${id}@example.com`,
    invitedAt,
    resentAt,
  });

  test('says how long ago each invitation was sent, and sent again', () => {
    expect(sentText(pending('a', '2026-03-07T11:00:00Z'), now)).toBe('Sent 3 days ago');
    expect(sentText(pending('b', '2026-03-07T11:00:00Z', '2026-03-10T10:30:00Z'), now)).toBe('Sent 3 days ago, again 1 hour ago');
    expect(sentText(pending('c', '2026-03-10T11:59:30Z'), now)).toBe('Sent just now');
  });

  test('the owner resends one, and it is busy while the mail goes out', () => {
    const onResend = vi.fn();
    const invitation = pending('ann', new Date().toISOString());
    const { unmount } = render(() => (
      <InvitationList invitations={[invitation]} canEdit resending={null} onResend={onResend} onRevoke={vi.fn()} />
    ));
    fireEvent.click(screen.getByRole('button', { name: 'Send the invitation to ann@example.com again' }));
    expect(onResend).toHaveBeenCalledWith(invitation);
    unmount();
    render(() => <InvitationList invitations={[invitation]} canEdit resending="ann" onResend={onResend} onRevoke={vi.fn()} />);
    const busy = screen.getByRole('button', { name: 'Send the invitation to ann@example.com again' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    expect(busy.textContent).toBe('Sending…');
  });

  test('operators see the list without actions', () => {
    render(() => <InvitationList invitations={[pending('ann', new Date().toISOString())]} canEdit={false} onRevoke={vi.fn()} />);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByText('Sent just now')).toBeTruthy();
  });
});
