import { type Accessor, createSignal, onCleanup } from 'solid-js';

/** The current time, refreshed every `everyMs`, for relative times (waiting, countdowns). */
export function useNow(everyMs: number): Accessor<number> {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), everyMs);
  onCleanup(() => clearInterval(timer));
  return now;
}
