import type { Boot, ParleyApi, ParleyEvent } from './boot';

/** The app chunk's content-hashed path, filled in by the build (widget/vite.config.ts). */
declare const __PARLEY_APP__: string;

/**
 * The host-page loader, served as /widget.js and installed with
 *   <script async src="https://PARLEY/widget.js" data-key="PUBLIC_KEY"></script>
 * It asks the server whether this site may run the widget and only then fetches the app chunk,
 * so an unregistered site downloads nothing more. It defines `window.Parley` and no other global.
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

  const start = (attempt: number): void => {
    // `visitor` only picks the gateway that answers (each holds the same public view): the moment spreads boots over them all.
    fetch(`${base}api/widget/config?key=${encodeURIComponent(key)}&visitor=${Date.now()}`)
      .then((res) => {
        if (res.ok) return res.json();
        // 4xx: this site is not registered for the key; nothing will change by retrying.
        if (res.status < 500) console.warn(`Parley: this site is not registered for widget key ${key}.`);
        throw res.status;
      })
      .then(
        (config: Boot['config']) =>
          import(/* @vite-ignore */ base + __PARLEY_APP__).then((app: { start(boot: Boot): void }) =>
            app.start({ key, base, config, api, queue, emit }),
          ),
        // Network errors and 5xx are retried a few times with backoff; a 4xx (the server makes even
        // its refusals readable to the page) is final.
        (err) => !(err >= 400 && err < 500) && attempt < 4 && setTimeout(start, 2000 * 2 ** attempt, attempt + 1),
      );
  };
  start(0);
})();
