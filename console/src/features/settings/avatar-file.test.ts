import { describe, expect, it } from 'vitest';
import { AVATAR_MAX_BYTES } from '../../../../common/schemas/auth';
import { avatarFileProblem, formatBytes, initials } from './avatar-file';

describe('avatarFileProblem', () => {
  it('accepts PNG, JPEG and WebP up to the limit', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/webp']) {
      expect(avatarFileProblem({ type, size: AVATAR_MAX_BYTES })).toBeNull();
    }
  });

  it('refuses other types, oversized and empty files', () => {
    expect(avatarFileProblem({ type: 'image/svg+xml', size: 100 })).toMatch(/PNG, JPEG or WebP/);
    expect(avatarFileProblem({ type: '', size: 100 })).toMatch(/PNG, JPEG or WebP/);
    expect(avatarFileProblem({ type: 'image/png', size: AVATAR_MAX_BYTES + 1 })).toMatch(/limit is 1\.0 MB/);
    expect(avatarFileProblem({ type: 'image/png', size: 0 })).toMatch(/empty/);
  });
});

describe('formatBytes', () => {
  it('picks a readable unit', () => {
    expect(formatBytes(500)).toBe('500 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(2 * 1024 * 1024)).toBe('2.0 MB');
  });
});

describe('initials', () => {
  it('takes the first and last word', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('  jean  de la fontaine ')).toBe('JF');
    expect(initials('Zoë')).toBe('Z');
  });

  it('has a placeholder for an empty name', () => {
    expect(initials('   ')).toBe('?');
  });
});
