import { type Accessor, createSignal, onCleanup } from 'solid-js';

export type SoundKind = 'chat' | 'message';
export type NotificationAccess = NotificationPermission | 'unsupported';

export interface Notifier {
  /** Sound is on and the browser allowed audio (the page had a user gesture). */
  soundOn: Accessor<boolean>;
  /** Must run from a click: browsers only start audio after a user gesture. */
  enableSound: () => void;
  disableSound: () => void;
  /** How many sounds played; the Sound button carries it as `data-played`, so a test can tell one played. */
  played: Accessor<number>;
  play: (kind: SoundKind) => void;
  notificationAccess: Accessor<NotificationAccess>;
  /** Asks for browser notifications; must run from a click. */
  requestNotifications: () => Promise<void>;
  /** A browser notification, only while the tab is hidden. */
  notifyHidden: (title: string, body: string, tag: string, onClick: () => void) => void;
}

const SOUND_KEY = 'parley.chat.sound';

/** Two-tone chime for a new chat, one short blip for a message (Web Audio: no file to load). */
const TONES: Record<SoundKind, number[]> = { chat: [660, 880], message: [740] };

/**
 * Sound and browser notifications of the chat page (F11). Sound is an explicit choice kept in
 * localStorage; after a reload the audio context is resumed on the first click or key press.
 */
export function createNotifier(): Notifier {
  const [wanted, setWanted] = createSignal(localStorage.getItem(SOUND_KEY) === 'on');
  const [unlocked, setUnlocked] = createSignal(false);
  const [played, setPlayed] = createSignal(0);
  const [access, setAccess] = createSignal<NotificationAccess>(
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );
  let audio: AudioContext | null = null;

  const unlock = () => {
    audio ??= new AudioContext();
    void audio.resume().then(() => setUnlocked(audio?.state === 'running'));
  };
  const onGesture = () => wanted() && !unlocked() && unlock();
  window.addEventListener('pointerdown', onGesture);
  window.addEventListener('keydown', onGesture);
  onCleanup(() => {
    window.removeEventListener('pointerdown', onGesture);
    window.removeEventListener('keydown', onGesture);
    void audio?.close();
  });

  const beep = (ctx: AudioContext) => (frequency: number, i: number) => {
    const start = ctx.currentTime + i * 0.14;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.12);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + 0.13);
  };

  return {
    soundOn: () => wanted() && unlocked(),
    enableSound() {
      localStorage.setItem(SOUND_KEY, 'on');
      setWanted(true);
      unlock();
    },
    disableSound() {
      localStorage.setItem(SOUND_KEY, 'off');
      setWanted(false);
    },
    played,
    play(kind) {
      if (!wanted() || !audio || audio.state !== 'running') return;
      TONES[kind].forEach(beep(audio));
      setPlayed((n) => n + 1);
    },
    notificationAccess: access,
    async requestNotifications() {
      if (typeof Notification === 'undefined') return;
      setAccess(await Notification.requestPermission());
    },
    notifyHidden(title, body, tag, onClick) {
      if (document.visibilityState !== 'hidden' || access() !== 'granted') return;
      const n = new Notification(title, { body, tag });
      n.onclick = () => {
        window.focus();
        onClick();
        n.close();
      };
    },
  };
}
