// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../i18n/en';
import { screen } from '../../logic/widget-screen';
import { config, dictionary, page, run, welcome } from '../../logic/widget-state.fixtures';
import { createShell, type ShellHandlers, type WidgetView } from './shell';

const handlers = new Proxy({ base: 'https://parley.example/' }, { get: (t, k) => (k in t ? t[k as 'base'] : () => true) }) as ShellHandlers;

/** The widget opened while nobody is online: its body is the offline form (F14). */
function offlineView(): WidgetView {
  const nobody = { state: 'offline', available: false, offlineForm: true } as const;
  const { state } = run([
    dictionary,
    { type: 'connected', page },
    welcome(null, nobody, { ...config, offlineForm: true }),
    { type: 'open', open: true },
  ]);
  return { ...screen(state, en), offline: { url: 'https://parley.example/o', key: 'k', visitorId: 'v1' }, help: [], secret: 's' };
}

const focusedId = () => document.querySelector('parley-widget')?.shadowRoot?.activeElement?.id;

describe('the widget dialog’s focus', () => {
  afterEach(() => document.body.replaceChildren());

  it('reaches the offline form’s first field even when the body is redrawn before the form’s code has loaded', async () => {
    const shell = createShell(handlers);
    const view = offlineView();
    expect(view.mode).toBe('offline');
    shell.render(view, true);
    shell.focusFirst();
    // A live change (another welcome, an operator leaving) redraws the body while the chunk loads.
    shell.render(view, true);
    await vi.waitFor(() => expect(focusedId()).toBe('pf-email'));
  });

  it('moves to the new body when a redraw replaces the control that had it', async () => {
    const shell = createShell(handlers);
    const view = offlineView();
    shell.render(view, true);
    shell.focusFirst();
    await vi.waitFor(() => expect(focusedId()).toBe('pf-email'));
    shell.render(view, true);
    await vi.waitFor(() => expect(focusedId()).toBe('pf-email'));
  });
});
