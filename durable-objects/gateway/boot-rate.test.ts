import { describe, expect, it } from 'vitest';
import { GATEWAY_BOOT_WINDOW_MS as W } from '../../common/gateways/gateways';
import { BootRate } from './boot-rate';

describe('boot rate', () => {
  it('is the last whole window’s boots a second, read when the next boot arrives', () => {
    const rate = new BootRate();
    for (let i = 0; i < 50; i++) rate.note(1_000 + i * 100);
    expect(rate.perSecond).toBe(0);
    // 50 boots from 1 000 ms on; the window closes at the first boot past 1 000 + W.
    rate.note(1_000 + W);
    expect(rate.perSecond).toBe(50_000 / W);
    for (let i = 1; i < 200; i++) rate.note(1_000 + W + i * 10);
    rate.note(1_000 + 2 * W);
    expect(rate.perSecond).toBe(200_000 / W);
  });

  it('falls to 0 after a window with no boot at all', () => {
    const rate = new BootRate();
    for (let i = 0; i < 30; i++) rate.note(i);
    rate.note(W);
    expect(rate.perSecond).toBeGreaterThan(0);
    rate.note(W + 2 * W);
    expect(rate.perSecond).toBe(0);
  });
});
