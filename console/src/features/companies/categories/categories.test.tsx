// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiCallError } from '../../../lib/api';
import { CategoryForm } from './category-form';
import { CategoryList } from './category-list';

afterEach(cleanup);

function typeAndSubmit(label: string, value: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.input(input, { target: { value } });
  fireEvent.submit(input.closest('form')!);
  return input;
}

describe('CategoryForm', () => {
  test('asks first; answering no sends nothing and keeps the name', async () => {
    const onAdd = vi.fn(async () => undefined);
    const confirm = vi.fn(async () => false);
    render(() => <CategoryForm onAdd={onAdd} confirm={confirm} />);
    const input = typeAndSubmit('Category name', 'Sales');
    await waitFor(() => expect(confirm).toHaveBeenCalledOnce());
    expect(onAdd).not.toHaveBeenCalled();
    expect(input.value).toBe('Sales');
  });

  test('answering yes adds the category', async () => {
    const onAdd = vi.fn(async () => undefined);
    render(() => <CategoryForm onAdd={onAdd} confirm={async () => true} />);
    const input = typeAndSubmit('Category name', ' Sales ');
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('Sales'));
    expect(input.value).toBe('');
  });

  test('an invalid name is refused before anyone is asked', async () => {
    const confirm = vi.fn(async () => true);
    render(() => <CategoryForm onAdd={async () => undefined} confirm={confirm} />);
    typeAndSubmit('Category name', '   ');
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a category name.');
    expect(confirm).not.toHaveBeenCalled();
  });
});

describe('CategoryList', () => {
  const categories = [
    { id: 'c1', name: 'Sales' },
    { id: 'c2', name: 'Billing' },
  ];

  test('empty means category support is off', () => {
    render(() => <CategoryList categories={[]} canEdit onRename={async () => undefined} onRemove={() => undefined} />);
    expect(screen.getByText(/Category support is off/)).toBeTruthy();
  });

  test('renames inline: Enter saves, a taken name shows beside the field', async () => {
    const onRename = vi.fn(async () => {
      throw new ApiCallError(409, 'category_exists', 'A category named “Billing” already exists.', {
        name: 'A category named “Billing” already exists.',
      });
    });
    render(() => <CategoryList categories={categories} canEdit onRename={onRename} onRemove={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Sales' }));
    const input = screen.getByLabelText('New name for Sales') as HTMLInputElement;
    expect(input.value).toBe('Sales');
    fireEvent.input(input, { target: { value: 'Billing' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(onRename).toHaveBeenCalledWith(categories[0], 'Billing'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/already exists/);
    expect(screen.getByLabelText('New name for Sales')).toBeTruthy();
  });

  test('Esc leaves the rename field without saving', () => {
    const onRename = vi.fn(async () => undefined);
    render(() => <CategoryList categories={categories} canEdit onRename={onRename} onRemove={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Billing' }));
    fireEvent.keyDown(screen.getByLabelText('New name for Billing'), { key: 'Escape' });
    expect(screen.queryByLabelText('New name for Billing')).toBeNull();
    expect(onRename).not.toHaveBeenCalled();
  });

  test('operators get no rename or remove controls', () => {
    render(() => <CategoryList categories={categories} canEdit={false} onRename={async () => undefined} onRemove={() => undefined} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
