// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FastResponseForm } from './fast-response-form';
import { FastResponseList } from './fast-response-list';

afterEach(cleanup);

const responses = [
  { id: 'r1', nickname: 'hello', text: 'Hello! How can I help?', createdAt: '', updatedAt: '' },
  { id: 'r2', nickname: null, text: 'Thanks for waiting.', createdAt: '', updatedAt: '' },
];

describe('FastResponseForm', () => {
  test('a nickname with a space is refused inline before sending', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(() => <FastResponseForm submitLabel="Add response" onSubmit={onSubmit} />);
    fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'Hi' } });
    fireEvent.input(screen.getByLabelText('Nickname (optional)'), { target: { value: 'two words' } });
    fireEvent.submit(screen.getByLabelText('Text').closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/without spaces/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('an empty nickname is sent as none, and the form clears for the next one', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(() => <FastResponseForm submitLabel="Add response" onSubmit={onSubmit} />);
    fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'See you!' } });
    fireEvent.input(screen.getByLabelText('Nickname (optional)'), { target: { value: '  ' } });
    fireEvent.keyDown(screen.getByLabelText('Text'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ text: 'See you!', nickname: null }));
    await waitFor(() => expect((screen.getByLabelText('Text') as HTMLTextAreaElement).value).toBe(''));
  });

  test('text over the limit is refused with the count shown', async () => {
    render(() => <FastResponseForm submitLabel="Add response" onSubmit={async () => undefined} />);
    fireEvent.input(screen.getByLabelText('Text'), { target: { value: 'x'.repeat(2001) } });
    expect(screen.getByText(/2001\/2000/)).toBeTruthy();
    fireEvent.submit(screen.getByLabelText('Text').closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/at most 2000/);
  });
});

describe('FastResponseList', () => {
  test('shows nicknames as \\nickname', () => {
    render(() => <FastResponseList responses={responses} canEdit onEdit={async () => undefined} onDelete={() => undefined} />);
    expect(screen.getByText('\\hello')).toBeTruthy();
    expect(screen.getByText('No nickname')).toBeTruthy();
  });

  test('edits inline: the form opens filled in and Esc closes it unsaved', () => {
    const onEdit = vi.fn(async () => undefined);
    render(() => <FastResponseList responses={responses} canEdit onEdit={onEdit} onDelete={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit \\hello' }));
    expect((screen.getByLabelText('Text') as HTMLTextAreaElement).value).toBe('Hello! How can I help?');
    expect((screen.getByLabelText('Nickname (optional)') as HTMLInputElement).value).toBe('hello');
    fireEvent.keyDown(screen.getByLabelText('Text'), { key: 'Escape' });
    expect(screen.queryByLabelText('Text')).toBeNull();
    expect(onEdit).not.toHaveBeenCalled();
  });

  test('saving an edit sends the new values and closes the form', async () => {
    const onEdit = vi.fn(async () => undefined);
    render(() => <FastResponseList responses={responses} canEdit onEdit={onEdit} onDelete={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit this response' }));
    fireEvent.input(screen.getByLabelText('Nickname (optional)'), { target: { value: 'wait' } });
    fireEvent.submit(screen.getByLabelText('Text').closest('form')!);
    await waitFor(() => expect(onEdit).toHaveBeenCalledWith(responses[1], { text: 'Thanks for waiting.', nickname: 'wait' }));
    await waitFor(() => expect(screen.queryByLabelText('Text')).toBeNull());
  });

  test('operators read the list without controls', () => {
    render(() => <FastResponseList responses={responses} canEdit={false} onEdit={async () => undefined} onDelete={() => undefined} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
