import type { Boot, ParleyApi, ParleyEvent } from './boot';
import { needsRoom, socketUrl } from './logic/socket-target';
import { loadSaved } from './visitor-storage';

/** The app chunk's content-hashed path, filled in by the build (widget/vite.config.ts). */
declare const __PARLEY_APP__: string;

/**
 * The host-page loader, served as /widget.js and installed with
 *   <script async src="https://PARLEY/widget.js" data-key="PUBLIC_KEY"></script>
 * A boot is one request: the loader opens the visitor's socket (the server accepts it only from a
 * page on a registered domain of the key's company) and only once it is open fetches the app
 * chunk and hands it the socket, so an unregistered site downloads nothing more. It defines
 * `window.Parley` and no other global.
 */
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const key = script?.dataset.key;
  const w = window as unknown as { Parley?: ParleyApi };
  if (!script || !key || w.Parley) return;
  const base = new URL('/', script.src).href;
  const queue: Boot['queue'] = [];
  const listeners = new Map<string, Set<(d: unknown) => void>>();
  const api: ParleyApi = {
    open: () => void queue.push(['open', []]),
    close: () => void queue.push(['close', []]),
    setLanguage: (code) => void queue.push(['setLanguage', [code]]),
    on: (event, fn) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(fn as (d: unknown) => void));
      return () => void set.delete(fn as (d: unknown) => void);
    },
  };
  w.Parley = api;
  const emit = (event: ParleyEvent, detail: unknown) => {
    for (const fn of listeners.get(event) ?? []) fn(detail);
  };
  // Read once: a new visitor's id and secret are made here, and the app keeps them.
  const saved = loadSaved(key);
  const url = (room: boolean) => socketUrl(base, key, saved.visitorId, room);

  const start = (attempt: number): void => {
    const socket = new WebSocket(url(needsRoom(saved)));
    socket.onopen = () => {
      // The server says nothing before the app's hello, so no frame can arrive unheard meanwhile.
      socket.onopen = socket.onclose = null;
      import(/* @vite-ignore */ base + __PARLEY_APP__).then((app: { start(boot: Boot): void }) =>
        app.start({ key, base, saved, socket, url, api, queue, emit }),
      );
    };
    // A page's WebSocket can't tell a refusal (site not registered) from a network error: a few
    // tries with backoff, then a word in the console.
    socket.onclose = () => {
      if (attempt < 4) setTimeout(start, 2000 * 2 ** attempt, attempt + 1);
      else console.warn(`Parley: no connection (is this site registered for key ${key}?)`);
    };
  };
  start(0);
})();
