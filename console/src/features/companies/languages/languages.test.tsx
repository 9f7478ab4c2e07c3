// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LanguageForm } from './language-form';
import { LanguageList } from './language-list';

afterEach(cleanup);

describe('LanguageList', () => {
  const languages = [
    { code: 'en', isDefault: true },
    { code: 'uk', isDefault: false },
  ];

  test('marks the default, which can’t be made default again', () => {
    const onMakeDefault = vi.fn();
    render(() => <LanguageList languages={languages} canEdit onMakeDefault={onMakeDefault} onRemove={() => undefined} />);
    const [en, uk] = screen.getAllByRole('listitem');
    expect(en!.textContent).toContain('Default');
    expect(uk!.textContent).not.toContain('Default');
    expect(screen.queryByRole('button', { name: 'Make English the default' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Make Ukrainian the default' }));
    expect(onMakeDefault).toHaveBeenCalledWith(languages[1]);
  });

  test('operators see the list without controls', () => {
    render(() => <LanguageList languages={languages} canEdit={false} onMakeDefault={() => undefined} onRemove={() => undefined} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('LanguageForm', () => {
  test('rejects a code that is not a language subtag, inline and without a request', async () => {
    const onAdd = vi.fn(async () => undefined);
    render(() => <LanguageForm onAdd={onAdd} taken={[]} />);
    const input = screen.getByLabelText('Language code') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'english' } });
    fireEvent.submit(input.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toMatch(/two- or three-letter language code/);
    expect(input.value).toBe('english');
    expect(onAdd).not.toHaveBeenCalled();
  });

  test('sends the code lower-cased and suggests only codes not added yet', async () => {
    const onAdd = vi.fn(async () => undefined);
    render(() => <LanguageForm onAdd={onAdd} taken={['en']} />);
    const options = [...document.querySelectorAll('#language-suggestions option')].map((o) => o.getAttribute('value'));
    expect(options).toContain('uk');
    expect(options).not.toContain('en');
    fireEvent.input(screen.getByLabelText('Language code'), { target: { value: 'UK' } });
    fireEvent.submit(screen.getByLabelText('Language code').closest('form')!);
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('uk'));
  });
});
