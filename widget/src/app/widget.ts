import { DRAFT_THROTTLE_MS, TYPING_IDLE_MS, TYPING_SHOWN_MS } from '../../../common/protocol/client';
import type { Boot, ParleyEvent } from '../boot';
import type { Dictionary } from '../i18n/en';
import { loadDictionary } from '../i18n/load';
import { trailing } from '../logic/trailing';
import type { Effect, Timer, WidgetState } from '../logic/widget-model';
import { drawable, screen } from '../logic/widget-screen';
import { type Input, initialState, step } from '../logic/widget-state';
import { persist, randomId, watchSaved } from '../visitor-storage';
import { connect } from './connection';
import { createChime } from './sound';
import { createShell, type WidgetView } from './ui/shell';

/** A rate-limited message is sent again once the server's window has moved on. */
const RETRY_MS = 5000;
const TIMER_MS: Record<Timer, number> = { typingIdle: TYPING_IDLE_MS, operatorTyping: TYPING_SHOWN_MS, retry: RETRY_MS };

/**
 * The widget's controller: wires the socket, the shell, localStorage and timers to the pure
 * state in `logic/widget-state.ts`. Every event becomes an input; the resulting state is
 * persisted and drawn, and its effects are performed.
 */
export function startWidget(boot: Boot): void {
  const { key, base, api, emit } = boot;
  let state = initialState(boot.saved, navigator.languages);
  // Saved at once (a new visitor's id and secret too): a tab opened next is the same visitor, so a chat started in either shows in both.
  persist(key, state.saved);
  const timers: Partial<Record<Timer, number>> = {};
  const chime = createChime();
  // The typing preview (F21): the visitor's draft goes out at most once per DRAFT_THROTTLE_MS, the latest text last.
  const draft = trailing(DRAFT_THROTTLE_MS, (text: string) => dispatch({ type: 'draft', text }));

  const shell = createShell({
    base,
    onOpen: (open) => dispatch({ type: 'open', open }),
    onSend: (text, attachments) => dispatch({ type: 'send', text, clientId: randomId(), attachments }),
    onTyping: (text) => {
      dispatch({ type: 'typing', text });
      if (state.config?.typingPreview) draft(text);
    },
    onPick: (category) => dispatchAndFocus({ type: 'pick', category }),
    onEnd: () => dispatch({ type: 'end' }),
    onAgain: () => dispatchAndFocus({ type: 'again' }),
    onLeaveMessage: () => dispatchAndFocus({ type: 'leave' }),
    onBack: () => dispatchAndFocus({ type: 'back' }),
    onContact: (email) => dispatch({ type: 'contact', email }),
    onSound: () => dispatch({ type: 'sound' }),
    onLanguage: (code) => dispatch({ type: 'language', code }),
    onRate: (frame) => conn.send(frame),
    onReceipt: (frame) => conn.send(frame),
  });

  const conn = connect(
    () => boot.url(state.room),
    {
      open: () => dispatch({ type: 'connected', page: { url: location.href, title: document.title, referrer: document.referrer } }),
      frame: (frame) => dispatch({ type: 'frame', frame }),
      down: () => dispatch({ type: 'disconnected' }),
      fatal: () => shell.remove(),
    },
    boot.socket,
  );
  watchSaved(key, (saved) => dispatch({ type: 'tab', saved }));

  function dispatch(input: Input): void {
    const before = state;
    const { state: next, effects } = step(before, input, { now: Date.now(), hidden: document.hidden });
    state = next;
    if (next.saved !== before.saved) persist(key, next.saved);
    if (next !== before) draw(before);
    for (const effect of effects) perform(effect);
  }

  /** For a visitor's choice that changes the dialog's body: focus its first control. */
  function dispatchAndFocus(input: Input): void {
    dispatch(input);
    shell.focusFirst();
  }

  function draw(before: WidgetState): void {
    const { t, saved } = state;
    const toggled = saved.open !== before.saved.open;
    if (!t || !(toggled || drawable(state))) return;
    if (toggled && saved.open) shell.rememberFocus();
    shell.render(view(t), toggled || t !== before.t);
    if (toggled && saved.open) shell.focusFirst();
    else if (toggled) shell.restoreFocus();
    // Calls the host page made before the widget could show anything, in order.
    if (drawable(state)) for (const [name, args] of boot.queue.splice(0)) (api[name] as (...a: unknown[]) => void)(...args);
  }

  function view(t: Dictionary): WidgetView {
    return {
      ...screen(state, t),
      offline: { url: `${base}api/widget/offline-messages`, key, visitorId: state.saved.visitorId },
      help: state.config!.helpLanguages,
      secret: state.saved.visitorSecret,
    };
  }

  function perform(effect: Effect): void {
    switch (effect.type) {
      case 'send':
        conn.send(effect.frame);
        break;
      case 'emit':
        (emit as (event: ParleyEvent, detail: unknown) => void)(effect.event, effect.detail);
        break;
      case 'announce':
        shell.announce(effect.text);
        break;
      case 'chime':
        chime.play();
        break;
      case 'timer': {
        const { timer } = effect;
        clearTimeout(timers[timer]);
        timers[timer] = setTimeout(() => dispatch({ type: 'timer', timer }), TIMER_MS[timer]) as unknown as number;
        break;
      }
      case 'load':
        load(effect.language);
        break;
      case 'move':
        conn.move();
        break;
    }
  }

  function load(language: string): void {
    loadDictionary(language).then((t) => dispatch({ type: 'dictionary', language, t }));
  }

  // The public API: queued calls replay in order, then the methods act directly.
  api.open = () => dispatch({ type: 'open', open: true });
  api.close = () => dispatch({ type: 'open', open: false });
  api.setLanguage = (code) => dispatch({ type: 'language', code: String(code) });
  load(state.language);
}
