import { MAX_FILE_NAME_CHARS } from '../../common/attachments/limits';

/** The name a file gets when the upload names none. */
export const DEFAULT_FILE_NAME = 'file';

/**
 * The file's name from the upload's percent-encoded `X-File-Name` header (so "рахунок.pdf" travels
 * in an ASCII header): the last path segment, without control characters, at most
 * MAX_FILE_NAME_CHARS (the extension kept). Null when the header isn't valid percent-encoding.
 */
export function decodeFileName(header: string | null): string | null {
  if (header === null) return DEFAULT_FILE_NAME;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  name = (name.split(/[/\\]/).at(-1) ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (name === '') return DEFAULT_FILE_NAME;
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_CHARS) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return chars.slice(0, MAX_FILE_NAME_CHARS - ext.length).join('') + ext;
}

/**
 * `Content-Disposition` for a served file: `inline` or `attachment`, with an ASCII fallback name
 * and the real one in RFC 5987's `filename*`.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
