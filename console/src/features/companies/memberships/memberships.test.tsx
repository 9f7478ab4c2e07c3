// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderWithRouter } from '../shared/test-router';
import { InvitationInbox } from './invitation-inbox';
import { MembershipList } from './membership-list';

afterEach(cleanup);

describe('InvitationInbox', () => {
  const invitation = { id: 'i1', company: { id: 'c1', name: 'Acme' }, invitedBy: { name: 'Olga' }, invitedAt: '2026-03-01T10:00:00.000Z' };

  test('says who invited me and offers Accept and Decline', () => {
    const onAccept = vi.fn();
    const onDecline = vi.fn();
    render(() => <InvitationInbox invitations={[invitation]} onAccept={onAccept} onDecline={onDecline} />);
    expect(screen.getByRole('listitem').textContent).toMatch(/Acme.*Olga invited you/);
    fireEvent.click(screen.getByRole('button', { name: 'Accept the invitation from Acme' }));
    fireEvent.click(screen.getByRole('button', { name: 'Decline the invitation from Acme' }));
    expect(onAccept).toHaveBeenCalledWith(invitation);
    expect(onDecline).toHaveBeenCalledWith(invitation);
  });

  test('has an empty state', () => {
    render(() => <InvitationInbox invitations={[]} onAccept={() => undefined} onDecline={() => undefined} />);
    expect(screen.getByText(/No invitations/)).toBeTruthy();
  });
});

describe('MembershipList', () => {
  test('I can leave a company I serve, not one I own', () => {
    const onLeave = vi.fn();
    renderWithRouter(() => (
      <MembershipList
        companies={[
          { id: 'c1', name: 'Mine', publicKey: '', role: 'owner' },
          { id: 'c2', name: 'Theirs', publicKey: '', role: 'operator' },
        ]}
        onLeave={onLeave}
      />
    ));
    expect(screen.queryByRole('button', { name: 'Leave Mine' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Leave Theirs' }));
    expect(onLeave).toHaveBeenCalledWith(expect.objectContaining({ id: 'c2' }));
  });

  test('has an empty state', () => {
    renderWithRouter(() => <MembershipList companies={[]} onLeave={() => undefined} />);
    expect(screen.getByText(/don’t belong to any company/)).toBeTruthy();
  });
});
