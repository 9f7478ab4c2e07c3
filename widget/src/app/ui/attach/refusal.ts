import type { AttachStrings } from './strings';

/** Why an upload failed, as the visitor is told: by the answer's status (API.md's attachment refusals), 0 for no answer. */
export function refusalKey(status: number): keyof AttachStrings {
  switch (status) {
    case 413:
      return 'tooLarge';
    case 415:
      return 'type';
    case 429:
      return 'tooMany';
    case 409:
      return 'closed';
    default:
      return 'failed';
  }
}

/** A file's size for people, in the UI language: "820 B", "48 kB", "5.2 MB". */
export function fileSize(bytes: number, language: string): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(
    value,
  );
}
