// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SessionList } from './session-list';

afterEach(cleanup);

describe('SessionList', () => {
  const here = {
    id: 's1',
    createdAt: '2026-03-01T10:00:00.000Z',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
    current: true,
  };
  const phone = { id: 's2', createdAt: '2026-02-01T10:00:00.000Z', userAgent: '', current: false };

  test('names each browser, marks this one, and logs out the one clicked', () => {
    const onLogOut = vi.fn();
    render(() => <SessionList sessions={[here, phone]} onLogOut={onLogOut} />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/Chrome 126 on macOS.*This browser/);
    expect(items[1]!.textContent).not.toMatch(/This browser/);
    fireEvent.click(screen.getByRole('button', { name: 'Log out Unknown' }));
    expect(onLogOut).toHaveBeenCalledWith(phone);
    fireEvent.click(screen.getByRole('button', { name: 'Log out Chrome 126 on macOS (this browser)' }));
    expect(onLogOut).toHaveBeenLastCalledWith(here);
  });
});
