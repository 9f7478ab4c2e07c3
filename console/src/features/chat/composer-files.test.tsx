// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, expect, test, vi } from 'vitest';
import type { Attachment } from '../../../../common/protocol';
import type { UploadHandle } from './attachment-upload';
import { UploadError } from './attachment-upload';
import { Composer } from './composer';

afterEach(cleanup);

/** An upload the test finishes, fails or watches being cancelled. */
function controlledUploads() {
  const started: {
    file: File;
    progress: (f: number) => void;
    finish: (a: Attachment) => void;
    fail: (e: Error) => void;
    cancel: ReturnType<typeof vi.fn>;
  }[] = [];
  const upload = (file: File, progress: (f: number) => void): UploadHandle => {
    let finish!: (a: Attachment) => void;
    let fail!: (e: Error) => void;
    const done = new Promise<Attachment>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
    const cancel = vi.fn(() => fail(new UploadError('cancelled', 'The upload was cancelled.')));
    started.push({ file, progress, finish, fail, cancel });
    return { done, cancel };
  };
  return { started, upload };
}

function setup() {
  const uploads = controlledUploads();
  const onSend = vi.fn();
  render(() => (
    <Composer chatId="c1" disabled={false} responses={[]} drafts={new Map()} onSend={onSend} onTyping={() => {}} upload={uploads.upload} />
  ));
  const box = screen.getByLabelText('Message') as HTMLTextAreaElement;
  const sendButton = screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement;
  return { ...uploads, onSend, box, sendButton };
}

const screenshot = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'image.png', { type: 'image/png' });
const settle = () => new Promise((r) => setTimeout(r, 0));

test('a pasted screenshot uploads with a progress bar, and Send carries it once uploaded', async () => {
  const { started, onSend, box, sendButton } = setup();
  fireEvent.paste(box, { clipboardData: { files: [screenshot()] } });
  expect(started.map((s) => s.file.name)).toEqual(['image.png']);
  const bar = screen.getByLabelText('Uploading image.png') as HTMLProgressElement;
  started[0]!.progress(0.4);
  expect(bar.value).toBeCloseTo(0.4);
  expect(sendButton.disabled).toBe(true);

  const stored = { id: 'a1', name: 'image.png', type: 'image/png', size: 4, url: '/api/attachments/a1?sig=x' };
  started[0]!.finish(stored);
  await settle();
  expect(sendButton.disabled).toBe(false);
  fireEvent.click(sendButton);
  expect(onSend).toHaveBeenCalledWith('', false, [stored]);
  expect(screen.queryByRole('list', { name: 'Files to send' })).toBeNull();
});

test('a dropped file can be cancelled while it uploads, and a refused one says why', async () => {
  const { started, onSend, box, sendButton } = setup();
  const composer = box.closest('.composer')!;
  fireEvent.drop(composer, { dataTransfer: { files: [screenshot()], types: ['Files'] } });
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(started[0]!.cancel).toHaveBeenCalled();
  await settle();
  expect(screen.queryByRole('list', { name: 'Files to send' })).toBeNull();

  fireEvent.drop(composer, { dataTransfer: { files: [screenshot()], types: ['Files'] } });
  started[1]!.fail(new UploadError('too_large', 'The file is too large: at most 10 MB.'));
  await settle();
  expect(screen.getByRole('alert').textContent).toBe('The file is too large: at most 10 MB.');
  expect(sendButton.disabled).toBe(true);
  expect(onSend).not.toHaveBeenCalled();
});
