import { describe, expect, it } from 'vitest';
import { formatSize } from './file-size';

describe('formatSize', () => {
  it('reads as bytes, kilobytes or megabytes', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(48 * 1024 + 100)).toBe('48 KB');
    expect(formatSize(3.4 * 1024 * 1024)).toBe('3.4 MB');
  });
});
