import { format } from '../../i18n/load';
import { h, ICONS, icon } from './dom';
import type { ShellHandlers, WidgetView } from './shell';

/**
 * The dialog's header: the title with the chat's state (queue place, operator), the help, sound
 * and minimise buttons, and a row of its own for the language and ending the chat, so the title
 * is never cut short by the controls.
 */
export function createHeader(on: Pick<ShellHandlers, 'onLanguage' | 'onSound' | 'onEnd' | 'onOpen'>, openHelp: () => void) {
  const title = h('h2', { id: 'pt' });
  const subtitle = h('p');
  const languageSelect = h('select', { onchange: () => on.onLanguage(languageSelect.value) });
  const soundButton = h('button', { class: 'ib', type: 'button', onclick: () => on.onSound() }, icon(ICONS.sound));
  const endButton = h('button', { class: 'tb', type: 'button', onclick: () => on.onEnd() });
  const minimise = h('button', { class: 'ib', type: 'button', onclick: () => on.onOpen(false) }, icon(ICONS.close));
  const helpButton = h('button', { class: 'ib', type: 'button', onclick: () => openHelp() }, icon(ICONS.help));
  const tools = h('div', { class: 'tl' }, languageSelect, endButton);
  const element = h(
    'div',
    { class: 'hd' },
    h('div', { class: 'tr' }, h('div', { class: 'tt' }, title, subtitle), helpButton, soundButton, minimise),
    tools,
  );
  let languagesKey = '';

  function render(v: WidgetView): void {
    const { t, chat } = v;
    title.textContent = t.title;
    subtitle.textContent =
      chat && !v.ended
        ? chat.status === 'queued'
          ? chat.queuePosition
            ? format(t.queue, { n: chat.queuePosition })
            : t.waiting
          : (chat.operator?.name ?? '')
        : '';
    // Options follow the offered languages and the UI language, whenever either changes (a reload, a live config push).
    const languages = `${v.language}|${v.config.languages.map((l) => l.code).join()}`;
    if (languages !== languagesKey) {
      languagesKey = languages;
      const names = new Intl.DisplayNames([v.language], { type: 'language' });
      languageSelect.replaceChildren(...v.config.languages.map((l) => h('option', { value: l.code }, names.of(l.code) ?? l.code)));
    }
    languageSelect.setAttribute('aria-label', t.language);
    languageSelect.value = v.language;
    languageSelect.hidden = v.config.languages.length < 2;
    soundButton.setAttribute('aria-label', t.sound);
    soundButton.setAttribute('aria-pressed', String(v.sound));
    endButton.textContent = t.end;
    endButton.hidden = !chat || Boolean(v.ended);
    tools.hidden = languageSelect.hidden && endButton.hidden;
    helpButton.hidden = !v.help.length;
    helpButton.setAttribute('aria-label', t.help);
    minimise.setAttribute('aria-label', t.minimise);
  }

  return { element, render };
}
