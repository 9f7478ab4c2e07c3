import { AVATAR_MAX_BYTES, AVATAR_TYPES } from '../../../../common/schemas/auth';

/** Human size: "812 KB", "1.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Why a chosen file can't be an avatar, or null if it may be sent. The server sniffs the real
 * bytes; this check only spares a pointless upload of an obviously wrong file.
 */
export function avatarFileProblem(file: { type: string; size: number }): string | null {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return 'Choose a PNG, JPEG or WebP image.';
  if (file.size > AVATAR_MAX_BYTES) return `This image is ${formatBytes(file.size)}; the limit is ${formatBytes(AVATAR_MAX_BYTES)}.`;
  if (file.size === 0) return 'This file is empty.';
  return null;
}

/** Up to two initials of a display name, for the placeholder when there is no avatar. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => [...w][0]!.toUpperCase()).join('') || '?';
}
