import { describe, expect, it } from 'vitest';
import { ABUSE_COOLDOWN_MAX_MS, ABUSE_COOLDOWN_MS } from '../../common/protocol';
import { abuseCooldownMs } from './abuse-cooldown';

describe('abuseCooldownMs', () => {
  it('starts at the base cooldown and doubles with each earlier close', () => {
    expect(abuseCooldownMs(0)).toBe(ABUSE_COOLDOWN_MS);
    expect(abuseCooldownMs(1)).toBe(2 * ABUSE_COOLDOWN_MS);
    expect(abuseCooldownMs(3)).toBe(8 * ABUSE_COOLDOWN_MS);
  });

  it('stops growing at the cap, however many closes came before', () => {
    expect(abuseCooldownMs(6)).toBe(ABUSE_COOLDOWN_MAX_MS);
    expect(abuseCooldownMs(1000)).toBe(ABUSE_COOLDOWN_MAX_MS);
  });
});
