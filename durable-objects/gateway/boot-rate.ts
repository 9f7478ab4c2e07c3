import { GATEWAY_BOOT_WINDOW_MS } from '../../common/gateways/gateways';

/**
 * A gateway's widget boots a second, counted in windows of GATEWAY_BOOT_WINDOW_MS: the rate is the
 * last whole window's, read when the next boot arrives (a gateway nobody boots on keeps its last
 * rate, which only ever delays a raise the room never takes back anyway). In memory: an evicted
 * gateway starts counting again.
 */
export class BootRate {
  private windowStart = Number.NEGATIVE_INFINITY;
  private count = 0;
  perSecond = 0;

  note(now: number): void {
    if (now - this.windowStart >= GATEWAY_BOOT_WINDOW_MS) {
      // A gap longer than a window means a whole window with no boot at all.
      const whole = now - this.windowStart < 2 * GATEWAY_BOOT_WINDOW_MS;
      this.perSecond = whole ? (this.count * 1000) / GATEWAY_BOOT_WINDOW_MS : 0;
      this.windowStart = now;
      this.count = 0;
    }
    this.count++;
  }
}
