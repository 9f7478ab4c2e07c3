import { ABUSE_COOLDOWN_MAX_MS, ABUSE_COOLDOWN_MS } from '../../common/protocol';

/** How long an address stays out after its socket was closed for abuse, given how often that happened before. */
export function abuseCooldownMs(earlierCloses: number): number {
  return Math.min(ABUSE_COOLDOWN_MS * 2 ** Math.min(earlierCloses, 30), ABUSE_COOLDOWN_MAX_MS);
}
