// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import axe from 'axe-core';
import { afterEach, expect, test } from 'vitest';
import { Composer } from './composer';

afterEach(cleanup);

/** axe's findings for the rendered composer (colour contrast needs a real layout, so the e2e scans cover it). */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

test('the composer passes axe, with the fast-response list closed and open, and with a file uploading', async () => {
  const { container } = render(() => (
    <Composer
      chatId="c1"
      disabled={false}
      responses={[{ id: 'g', nickname: 'greet', text: 'Hi there!' }]}
      drafts={new Map()}
      onSend={() => undefined}
      onTyping={() => undefined}
      upload={() => ({ done: new Promise(() => {}), cancel: () => undefined })}
    />
  ));
  const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
  expect(await violations(container)).toEqual([]);

  box.value = '\\gr';
  box.setSelectionRange(3, 3);
  fireEvent.input(box);
  expect(screen.getAllByRole('option')).toHaveLength(1);
  expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option').id);
  expect(await violations(container)).toEqual([]);

  // A file uploading: its progress bar and Cancel button.
  fireEvent.paste(box, { clipboardData: { files: [new File(['x'], 'notes.txt')] } });
  expect(screen.getByRole('progressbar')).toBeTruthy();
  expect(await violations(container)).toEqual([]);
});
