import { describe, expect, it } from 'vitest';
import { concat, DOCX, GIF, JPEG, ODT, PDF, PLAIN_ZIP, PNG, PPTX, SVG, TEXT, WEBP, XLSX, zip } from '../../test/attachment-files';
import { sniffAttachmentType } from './sniff';

describe('sniffAttachmentType', () => {
  it('knows every allowed type by its bytes', () => {
    expect(sniffAttachmentType(PNG)).toBe('image/png');
    expect(sniffAttachmentType(JPEG)).toBe('image/jpeg');
    expect(sniffAttachmentType(WEBP)).toBe('image/webp');
    expect(sniffAttachmentType(GIF)).toBe('image/gif');
    expect(sniffAttachmentType(PDF)).toBe('application/pdf');
    expect(sniffAttachmentType(TEXT)).toBe('text/plain');
    expect(sniffAttachmentType(concat([0xef, 0xbb, 0xbf], TEXT))).toBe('text/plain');
    expect(sniffAttachmentType(DOCX)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sniffAttachmentType(XLSX)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(sniffAttachmentType(PPTX)).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(sniffAttachmentType(ODT)).toBe('application/vnd.oasis.opendocument.text');
  });

  it('refuses binary files, other archives and anything not on the list', () => {
    expect(sniffAttachmentType(PLAIN_ZIP)).toBeNull();
    expect(sniffAttachmentType(zip([['[Content_Types].xml', '<Types/>']]))).toBeNull();
    expect(sniffAttachmentType(PLAIN_ZIP.subarray(0, 40))).toBeNull();
    expect(sniffAttachmentType(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBeNull();
    expect(sniffAttachmentType(Uint8Array.from([0x68, 0x69, 0x00, 0x68, 0x69]))).toBeNull();
    expect(sniffAttachmentType(Uint8Array.from([0xc3, 0x28]))).toBeNull();
    expect(sniffAttachmentType(Uint8Array.from([0x1f, 0x8b, 0x08, 0x00]))).toBeNull();
  });

  it('takes an SVG or HTML file for the text it is: served as a plain-text download, never rendered', () => {
    expect(sniffAttachmentType(SVG)).toBe('text/plain');
  });
});
