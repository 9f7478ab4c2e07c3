// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OfflineMessageView } from '../../../../common/schemas/offline';
import { MessageDetail } from './message-detail';
import { MessageList } from './message-list';

const XSS = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;

const message = (over: Partial<OfflineMessageView> = {}): OfflineMessageView => ({
  id: 'm1',
  email: 'ann@example.com',
  theme: 'Order question',
  message: 'Line one\nLine two',
  read: false,
  deliveryStatus: 'failed',
  tries: 5,
  lastError: 'SMTP 550 mailbox unavailable',
  nextAttemptAt: null,
  createdAt: '2025-03-04T09:05:00.000Z',
  ...over,
});

afterEach(cleanup);

describe('MessageList', () => {
  it('shows unread messages as unread and opens one on click', async () => {
    const onOpen = vi.fn();
    const { getAllByRole } = render(() => (
      <MessageList
        messages={[message(), message({ id: 'm2', read: true, theme: 'Thanks', deliveryStatus: 'sent', tries: 1 })]}
        openId={null}
        onOpen={onOpen}
      />
    ));
    const [first, second] = getAllByRole('button');
    expect(first!.classList.contains('unread')).toBe(true);
    expect(first!.textContent).toContain('Unread: Order question');
    expect(first!.textContent).toContain('Email failed after 5 tries');
    expect(second!.classList.contains('unread')).toBe(false);
    expect(second!.textContent).toContain('Emailed');
    fireEvent.click(second!);
    expect(onOpen).toHaveBeenCalledWith('m2');
  });

  it('renders markup the visitor typed as inert text', () => {
    const { container } = render(() => <MessageList messages={[message({ theme: XSS, message: XSS })]} openId={null} onOpen={() => {}} />);
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.textContent).toContain(XSS);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('MessageDetail', () => {
  const detail = (m: OfflineMessageView, handlers: { onToggleRead?: () => void; onClose?: () => void } = {}) =>
    render(() => (
      <MessageDetail
        message={m}
        busy={false}
        error={null}
        onToggleRead={handlers.onToggleRead ?? (() => {})}
        onClose={handlers.onClose ?? (() => {})}
      />
    ));

  it('shows the whole message, the delivery failure and a reply link with the theme as subject', () => {
    const { getByRole, getByText, container } = detail(message({ read: true }));
    expect(getByRole('heading', { name: 'Order question' })).toBeTruthy();
    expect(container.querySelector('.offline-body')!.textContent).toBe('Line one\nLine two');
    expect(getByText('Last error: SMTP 550 mailbox unavailable')).toBeTruthy();
    const reply = getByRole('link', { name: 'Reply by email' });
    expect(reply.getAttribute('href')).toBe('mailto:ann@example.com?subject=Re%3A%20Order%20question');
    expect(getByRole('button', { name: 'Mark as unread' })).toBeTruthy();
  });

  it('focuses its heading when opened, and calls back on its actions', () => {
    const onToggleRead = vi.fn();
    const onClose = vi.fn();
    const { getByRole } = detail(message(), { onToggleRead, onClose });
    expect(document.activeElement).toBe(getByRole('heading', { name: 'Order question' }));
    fireEvent.click(getByRole('button', { name: 'Mark as read' }));
    fireEvent.click(getByRole('button', { name: 'Close' }));
    expect(onToggleRead).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('renders markup in every field as inert text', () => {
    const { container } = detail(message({ theme: XSS, message: XSS, email: XSS, lastError: XSS }));
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.querySelector('.offline-body')!.textContent).toBe(XSS);
    expect(container.querySelector('h3')!.textContent).toBe(XSS);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
