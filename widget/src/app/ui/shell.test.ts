// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Availability } from '../../../../common/protocol';
import en from '../../i18n/en';
import { screen } from '../../logic/widget-screen';
import { config, dictionary, online, page, run, welcome } from '../../logic/widget-state.fixtures';
import { createShell, type ShellHandlers, type WidgetView } from './shell';

const handlers = new Proxy({ base: 'https://parley.example/' }, { get: (t, k) => (k in t ? t[k as 'base'] : () => true) }) as ShellHandlers;

const offline = { state: 'offline', available: false, offlineForm: true } as const;

/** The widget opened: with an operator online its body is the chat's composer, with nobody the offline form (F14). */
function openView(availability: Availability = offline): WidgetView {
  const { state } = run([
    dictionary,
    { type: 'connected', page },
    welcome(null, availability, { ...config, offlineForm: true }),
    { type: 'open', open: true },
  ]);
  return { ...screen(state, en), offline: { url: 'https://parley.example/o', key: 'k', visitorId: 'v1' }, help: [], secret: 's' };
}

const focusedId = () => document.querySelector('parley-widget')?.shadowRoot?.activeElement?.id;

describe('the widget dialog’s focus', () => {
  afterEach(() => document.body.replaceChildren());

  it('reaches the offline form’s first field even when the body is redrawn before the form’s code has loaded', async () => {
    const shell = createShell(handlers);
    const view = openView();
    expect(view.mode).toBe('offline');
    shell.render(view, true);
    shell.focusFirst();
    // A live change (another welcome, an operator leaving) redraws the body while the chunk loads.
    shell.render(view, true);
    await vi.waitFor(() => expect(focusedId()).toBe('pf-email'));
  });

  it('moves to the offline form when the last operator leaves while the visitor is in the composer', async () => {
    const shell = createShell(handlers);
    const chat = openView(online);
    expect(chat.mode).toBe('chat');
    shell.render(chat, true);
    shell.focusFirst();
    expect(document.querySelector('parley-widget')!.shadowRoot!.activeElement?.tagName).toBe('TEXTAREA');
    shell.render(openView(), false);
    await vi.waitFor(() => expect(focusedId()).toBe('pf-email'));
  });
});
