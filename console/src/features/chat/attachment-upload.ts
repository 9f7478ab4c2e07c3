import { hc } from 'hono/client';
import type { Attachment } from '../../../../common/protocol';
import type { AppType } from '../../../../worker/app';

/** An upload under way: its answer, and a way to stop it. */
export interface UploadHandle {
  done: Promise<Attachment>;
  cancel: () => void;
}

/** Why an upload ended without a file; `cancelled` when the operator stopped it. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The upload URL, from the worker's route table so the path can't drift. */
export function uploadUrl(companyId: string, chatId: string): string {
  return hc<AppType>(window.location.origin)
    .api.companies[':companyId'].chats[':chatId'].attachments.$url({ param: { companyId, chatId } })
    .toString();
}

/**
 * Sends one file to a chat (F20) with XMLHttpRequest, whose upload events give the progress bar
 * (fetch has none for request bodies). The raw file is the body; its name travels percent-encoded.
 * `onProgress` gets the fraction sent, 0 to 1.
 */
export function uploadFile(
  url: string,
  file: Blob & { name: string },
  onProgress: (fraction: number) => void,
  createRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
): UploadHandle {
  const xhr = createRequest();
  const done = new Promise<Attachment>((resolve, reject) => {
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener('load', () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201 && body) return resolve(body as Attachment);
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      reject(new UploadError(error?.code ?? 'http_error', error?.message ?? `The upload failed (${xhr.status}).`));
    });
    xhr.addEventListener('error', () =>
      reject(new UploadError('network', 'Cannot reach the server. Check your connection and try again.')),
    );
    xhr.addEventListener('abort', () => reject(new UploadError('cancelled', 'The upload was cancelled.')));
  });
  xhr.open('POST', url);
  // The bytes decide the type on the server; this type also passes the console's CSRF check.
  xhr.setRequestHeader('Content-Type', 'application/octet-stream');
  xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
  xhr.send(file);
  return { done, cancel: () => xhr.abort() };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
