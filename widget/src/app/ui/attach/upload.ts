import type { Attachment } from '../../../../../common/protocol';

/** Where and as whom the visitor uploads: the open chat's upload URL and the widget's visitor secret. */
export interface UploadTarget {
  url: string;
  secret: string;
}

export interface Upload {
  /** The stored file, or the answer's status when refused (0: no answer, or cancelled). */
  done: Promise<Attachment | number>;
  cancel(): void;
}

/**
 * Sends one file as the raw body (API.md: POST /api/widget/attachments) with XMLHttpRequest,
 * whose upload events give the progress bar what fetch can't.
 */
export function uploadFile(target: UploadTarget, file: File, name: string, progress: (fraction: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<Attachment | number>((resolve) => {
    xhr.upload.onprogress = (e) => e.lengthComputable && progress(e.loaded / e.total);
    xhr.onload = () => resolve(xhr.status === 201 ? (JSON.parse(xhr.responseText) as Attachment) : xhr.status);
    xhr.onerror = xhr.onabort = () => resolve(0);
  });
  xhr.open('POST', target.url);
  xhr.setRequestHeader('Authorization', `Bearer ${target.secret}`);
  xhr.setRequestHeader('Content-Type', 'application/octet-stream');
  xhr.setRequestHeader('X-File-Name', encodeURIComponent(name));
  xhr.send(file);
  return { done, cancel: () => xhr.abort() };
}
