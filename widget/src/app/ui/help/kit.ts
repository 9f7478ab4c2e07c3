import { helpLanguage } from '../../../logic/help-language';
import { markParts } from '../../../logic/mark-parts';
import type { h } from '../dom';
import type { WidgetView } from '../shell';
import type { HelpTarget } from './api';

/** What the shell hands the help chunks: its element helper (so they share no module with the app chunk), its parts, its latest view. */
export interface HelpShell {
  h: typeof h;
  root: ShadowRoot;
  /** The dialog's body (chat, draft, forms), hidden while the help is drawn in `pane` over it. */
  body: HTMLElement;
  pane: HTMLElement;
  base: string;
  view(): WidgetView;
}

/** The shell's parts plus whose help is read, in which language, with which UI words. */
export interface HelpKit extends HelpShell {
  target: HelpTarget;
  ui: string;
}

export function helpKit(shell: HelpShell): HelpKit {
  const v = shell.view();
  const fallback = v.config.languages.find((l) => l.isDefault)?.code;
  const lang = helpLanguage(v.language, v.help, fallback) ?? v.language;
  return { ...shell, target: { base: shell.base, key: v.offline.key, lang }, ui: v.language };
}

/** The server's highlight markup as text nodes and `<mark>` elements: never parsed as HTML. */
export const marked = (k: HelpKit, html: string): (Node | string)[] =>
  markParts(html).map((p) => (p.mark ? k.h('mark', null, p.text) : p.text));
