import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_CHARS } from '../../common/attachments/limits';
import { contentDisposition, DEFAULT_FILE_NAME, decodeFileName } from './file-name';

describe('decodeFileName', () => {
  it('decodes a percent-encoded name, Cyrillic included', () => {
    expect(decodeFileName(encodeURIComponent('рахунок.pdf'))).toBe('рахунок.pdf');
    expect(decodeFileName('report%202026.xlsx')).toBe('report 2026.xlsx');
  });

  it('keeps only the last path segment and drops control characters', () => {
    expect(decodeFileName(encodeURIComponent('../../etc/passwd'))).toBe('passwd');
    expect(decodeFileName(encodeURIComponent('C:\\Users\\me\\scan.png'))).toBe('scan.png');
    expect(decodeFileName(encodeURIComponent('a\r\nb.txt'))).toBe('ab.txt');
  });

  it('names an unnamed file, refuses broken encoding, and cuts long names keeping the extension', () => {
    expect(decodeFileName(null)).toBe(DEFAULT_FILE_NAME);
    expect(decodeFileName('%20')).toBe(DEFAULT_FILE_NAME);
    expect(decodeFileName('%E0%A4%A')).toBeNull();
    const long = decodeFileName(encodeURIComponent(`${'я'.repeat(300)}.docx`))!;
    expect([...long].length).toBe(MAX_FILE_NAME_CHARS);
    expect(long.endsWith('я.docx')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name as RFC 5987 filename*', () => {
    expect(contentDisposition('attachment', 'рахунок.pdf')).toBe(
      `attachment; filename="_______.pdf"; filename*=UTF-8''%D1%80%D0%B0%D1%85%D1%83%D0%BD%D0%BE%D0%BA.pdf`,
    );
    expect(contentDisposition('inline', `a "b" (1)'.png`)).toBe(
      `inline; filename="a _b_ (1)'.png"; filename*=UTF-8''a%20%22b%22%20%281%29%27.png`,
    );
  });
});
