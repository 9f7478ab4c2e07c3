import type { AttachmentType } from '../../common/attachments/types';

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));
const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

const ODT_MIME = 'application/vnd.oasis.opendocument.text';
/** Which part names an Office Open XML package holds, by kind. */
const OOXML_PARTS: [string, AttachmentType][] = [
  ['word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

/**
 * A file's type from its own bytes (F20), never from its name or the client's Content-Type, or
 * null for anything not on the allow-list: SVG, HTML, scripts, executables, archives and binary
 * blobs alike. Needs the whole file: office documents are told apart by their ZIP directory, at the end.
 */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (bytes.length >= 12 && ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'image/webp';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'image/gif';
  if (ascii(bytes, 0, '%PDF-')) return 'application/pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes);
  return isPlainText(bytes) ? 'text/plain' : null;
}

/**
 * An OpenDocument text (its first entry is an uncompressed `mimetype` naming it) or an Office Open
 * XML document (its central directory lists the main part); any other ZIP is refused.
 */
function officeType(bytes: Uint8Array): AttachmentType | null {
  const nameLength = u16(bytes, 26);
  const extraLength = u16(bytes, 28);
  if (nameLength === 8 && ascii(bytes, 30, 'mimetype') && ascii(bytes, 30 + nameLength + extraLength, ODT_MIME)) return ODT_MIME;
  const names = new Set(zipEntryNames(bytes));
  if (!names.has('[Content_Types].xml')) return null;
  return OOXML_PARTS.find(([part]) => names.has(part))?.[1] ?? null;
}

/** The entry names in a ZIP's central directory, found through its end record; none when it is malformed. */
function zipEntryNames(bytes: Uint8Array): string[] {
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06], i)) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || !startsWith(bytes, [0x50, 0x4b, 0x01, 0x02], at)) return [];
    const nameLength = u16(bytes, at + 28);
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return names;
}

/**
 * Valid UTF-8 (a BOM allowed) without NUL or other control characters than tab, line breaks and
 * form feed: text a person wrote, not a binary format that happens to decode.
 */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}
