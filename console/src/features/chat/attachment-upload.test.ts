import { describe, expect, it } from 'vitest';
import { UploadError, uploadFile } from './attachment-upload';

/** Just enough of XMLHttpRequest to drive an upload by hand. */
class FakeRequest extends EventTarget {
  readonly upload = new EventTarget();
  readonly headers: Record<string, string> = {};
  status = 0;
  responseText = '';
  method = '';
  url = '';
  body: unknown;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.dispatchEvent(new Event('abort'));
  }
  progress(loaded: number, total: number) {
    this.upload.dispatchEvent(Object.assign(new Event('progress'), { lengthComputable: true, loaded, total }));
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.dispatchEvent(new Event('load'));
  }
}

const file = Object.assign(new Blob(['%PDF-1.7']), { name: 'рахунок.pdf' });

function start() {
  const request = new FakeRequest();
  const progress: number[] = [];
  const handle = uploadFile(
    '/api/companies/c/chats/h/attachments',
    file,
    (f) => progress.push(f),
    () => request as unknown as XMLHttpRequest,
  );
  return { request, progress, handle };
}

describe('uploadFile', () => {
  it('posts the raw file with its name percent-encoded, reports progress and answers the stored file', async () => {
    const { request, progress, handle } = start();
    expect(request.method).toBe('POST');
    expect(request.body).toBe(file);
    expect(request.headers).toEqual({ 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent('рахунок.pdf') });
    request.progress(4, 8);
    request.progress(8, 8);
    const stored = { id: 'a1', name: 'рахунок.pdf', type: 'application/pdf', size: 8, url: '/api/attachments/a1?sig=x' };
    request.answer(201, stored);
    expect(await handle.done).toEqual(stored);
    expect(progress).toEqual([0.5, 1]);
  });

  it("fails with the server's reason, and as cancelled when stopped", async () => {
    const refused = start();
    refused.request.answer(413, { error: { code: 'too_large', message: 'The file is too large: at most 10 MB.' } });
    await expect(refused.handle.done).rejects.toEqual(new UploadError('too_large', 'The file is too large: at most 10 MB.'));
    const stopped = start();
    stopped.handle.cancel();
    await expect(stopped.handle.done).rejects.toMatchObject({ code: 'cancelled' });
  });
});
