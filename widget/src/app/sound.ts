/**
 * A short two-tone chime for new operator messages. Browsers only allow sound after a user
 * gesture, so the context is created on the visitor's first click or key press anywhere on the
 * page; the tone's code loads with the first chime (only chats with replies need it).
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
      const audio = ctx;
      if (audio) import('./chime-tone').then((m) => m.playTone(audio));
    },
  };
}
