/**
 * A short two-tone chime for new operator messages, synthesised with Web Audio (no audio file to
 * download). Browsers only allow sound after a user gesture, so the context is created on the
 * visitor's first click or key press anywhere on the page.
 */
export function createChime(): { play(): void } {
  let ctx: AudioContext | null = null;
  const unlock = () => {
    removeEventListener('pointerdown', unlock, true);
    removeEventListener('keydown', unlock, true);
    try {
      ctx = new AudioContext();
    } catch {
      ctx = null;
    }
  };
  addEventListener('pointerdown', unlock, true);
  addEventListener('keydown', unlock, true);
  return {
    play() {
      if (!ctx) return;
      const t = ctx.currentTime;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.setValueAtTime(880, t);
      osc.frequency.setValueAtTime(660, t + 0.12);
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 0.32);
    },
  };
}
