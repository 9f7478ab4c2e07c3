/** Tiny files of each kind for the attachment tests, built in code (no fixtures on disk). */

const utf8 = (s: string) => new TextEncoder().encode(s);

export const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
};

export const PNG = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], new Uint8Array(24));
export const JPEG = concat([0xff, 0xd8, 0xff, 0xe0], new Uint8Array(16));
export const WEBP = concat(utf8('RIFF'), [0x10, 0, 0, 0], utf8('WEBPVP8 '), new Uint8Array(8));
export const GIF = concat(utf8('GIF89a'), new Uint8Array(10));
export const PDF = utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
export const TEXT = utf8('Рахунок №42\nTotal:\t100 UAH\r\n');
export const SVG = utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)];

/** A ZIP archive with its entries stored uncompressed (CRCs are zero: nothing here checks them). */
export function zip(entries: [name: string, content: string][]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const n = utf8(name);
    const c = utf8(content);
    const local = concat(
      [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      le32(0),
      le32(c.length),
      le32(c.length),
      le16(n.length),
      le16(0),
      n,
      c,
    );
    centrals.push(
      concat(
        [0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        le32(0),
        le32(c.length),
        le32(c.length),
        le16(n.length),
        le16(0),
        le16(0),
        le16(0),
        le16(0),
        le32(0),
        le32(offset),
        n,
      ),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(...centrals);
  const end = concat(
    [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0],
    le16(entries.length),
    le16(entries.length),
    le32(directory.length),
    le32(offset),
    le16(0),
  );
  return concat(...locals, directory, end);
}

export const DOCX = zip([
  ['[Content_Types].xml', '<Types/>'],
  ['_rels/.rels', '<Relationships/>'],
  ['word/document.xml', '<w:document/>'],
]);
export const XLSX = zip([
  ['[Content_Types].xml', '<Types/>'],
  ['xl/workbook.xml', '<workbook/>'],
]);
export const PPTX = zip([
  ['[Content_Types].xml', '<Types/>'],
  ['ppt/presentation.xml', '<presentation/>'],
]);
export const ODT = zip([
  ['mimetype', 'application/vnd.oasis.opendocument.text'],
  ['content.xml', '<office:document-content/>'],
]);
export const PLAIN_ZIP = zip([['notes.txt', 'hello']]);
