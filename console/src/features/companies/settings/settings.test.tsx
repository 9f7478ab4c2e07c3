// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiCallError } from '../../../lib/api';
import { DeleteCompany } from './delete-company';
import { NotificationEmailStatus } from './notification-email-status';
import { draftFromSettings } from './settings-draft';
import { SettingsForm } from './settings-form';

afterEach(cleanup);

const initial = draftFromSettings({
  name: 'Acme',
  notificationEmail: 'ops@acme.test',
  offlineFormEnabled: true,
  ratingEnabled: true,
  typingPreviewEnabled: false,
  maxChatsPerOperator: 3,
  newChatsPerMinute: 600,
  busyBehaviour: 'queue' as const,
  maxQueueLength: 200,
  greeting: '',
  color: '#2563eb',
  position: 'right',
  retentionDays: 365,
  attachmentMaxMegabytes: 10,
  timeZone: 'UTC',
});

describe('SettingsForm', () => {
  test('saves every field and says so', async () => {
    const onSave = vi.fn(async () => undefined);
    render(() => <SettingsForm initial={initial} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Max concurrent chats per operator'), { target: { value: '5' } });
    fireEvent.input(screen.getByLabelText('Keep closed chats for (days)'), { target: { value: '90' } });
    fireEvent.click(screen.getByLabelText(/Show the offline form/));
    fireEvent.click(screen.getByLabelText(/Ask visitors to rate/));
    fireEvent.click(screen.getByLabelText(/Show visitors' typing to operators/));
    fireEvent.click(screen.getByLabelText('Bottom left'));
    fireEvent.click(screen.getByLabelText(/Offer the offline form/));
    fireEvent.input(screen.getByLabelText(/Maximum queue length/), { target: { value: '40' } });
    fireEvent.input(screen.getByLabelText(/Largest file in chats/), { target: { value: '5' } });
    fireEvent.input(screen.getByLabelText('Time zone'), { target: { value: 'Europe/Kyiv' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save settings' }).closest('form')!);
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(
        expect.objectContaining({
          maxChatsPerOperator: 5,
          retentionDays: 90,
          offlineFormEnabled: false,
          ratingEnabled: false,
          typingPreviewEnabled: true,
          position: 'left',
          notificationEmail: 'ops@acme.test',
          busyBehaviour: 'offline_form',
          maxQueueLength: 40,
          attachmentMaxMegabytes: 5,
          timeZone: 'Europe/Kyiv',
        }),
      ),
    );
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  test('shows each invalid field beside its input and sends nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    render(() => <SettingsForm initial={initial} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Max concurrent chats per operator'), { target: { value: '0' } });
    fireEvent.input(screen.getByLabelText('Notification email'), { target: { value: 'not-an-email' } });
    fireEvent.input(screen.getByLabelText(/Maximum queue length/), { target: { value: '0' } });
    fireEvent.input(screen.getByLabelText('Time zone'), { target: { value: 'Kyiv' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save settings' }).closest('form')!);
    const alerts = (await screen.findAllByRole('alert')).map((a) => a.textContent);
    expect(alerts).toHaveLength(4);
    expect(alerts.join(' ')).toMatch(/Europe\/Kyiv/);
    expect(alerts.join(' ')).toMatch(/from 1 to 10000/);
    expect(alerts.join(' ')).toMatch(/from 1 to 50/);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('DeleteCompany', () => {
  test('deletes only after the exact company name is typed', async () => {
    const onDelete = vi.fn(async () => undefined);
    render(() => <DeleteCompany name="Acme" onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete company…' }));
    const confirm = screen.getByRole('button', { name: 'Delete company' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText(/Type Acme to confirm/), { target: { value: 'Acme' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(onDelete).toHaveBeenCalledOnce());
  });
});

describe('NotificationEmailStatus', () => {
  test('says nothing once the address is confirmed, or when there is none', () => {
    render(() => (
      <>
        <NotificationEmailStatus email="ops@acme.test" confirmed onResend={async () => undefined} />
        <NotificationEmailStatus email={null} confirmed={false} onResend={async () => undefined} />
      </>
    ));
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('tells that offline mail goes to the owner until the link is opened; the owner can resend it', async () => {
    let fail = true;
    const onResend = vi.fn(async () => {
      if (fail) throw new ApiCallError(429, 'rate_limited', 'Too many attempts.');
    });
    render(() => <NotificationEmailStatus email="ops@acme.test" confirmed={false} onResend={onResend} />);
    expect(screen.getByRole('status').textContent).toMatch(/ops@acme\.test is waiting for confirmation.*go to the owner/);
    fireEvent.click(screen.getByRole('button', { name: 'Send the link again' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Too many attempts.');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Send the link again' }));
    expect(await screen.findByText('A new link is on its way.')).toBeTruthy();
    expect(onResend).toHaveBeenCalledTimes(2);
  });

  test('an operator sees the state without the button', () => {
    render(() => <NotificationEmailStatus email="ops@acme.test" confirmed={false} />);
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
