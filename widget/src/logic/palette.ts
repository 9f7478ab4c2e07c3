/**
 * The panel's colours as CSS custom properties, one set per colour scheme (the dark one follows
 * `prefers-color-scheme`). The company's colour (`--p`, `--pt`) is not here: the launcher, the
 * header, buttons and the visitor's bubbles keep it in both schemes.
 */
export const PALETTE = {
  light: {
    bg: '#ffffff', // panel, buttons, cards
    fg: '#111827', // text
    mu: '#4b5563', // secondary text: names, notices, hints
    sf: '#f3f4f6', // operator bubbles, code
    ln: '#e5e7eb', // dividers, avatar placeholder, card borders
    bd: '#6b7280', // control borders (3:1 on the panel)
    lk: '#1d4ed8', // links, focus ring
    er: '#b91c1c', // field errors
    ab: '#fef2f2', // alert background
    af: '#991b1b', // alert text
    ob: '#ecfdf5', // success background
    of: '#065f46', // success text
    wb: '#fffbeb', // busy box background
    wl: '#fde68a', // busy box border
    mk: '#fef08a', // search highlight
  },
  dark: {
    bg: '#111827',
    fg: '#f3f4f6',
    mu: '#9ca3af',
    sf: '#1f2937',
    ln: '#374151',
    bd: '#6b7280',
    lk: '#93c5fd',
    er: '#fca5a5',
    ab: '#450a0a',
    af: '#fecaca',
    ob: '#052e16',
    of: '#86efac',
    wb: '#422006',
    wl: '#854d0e',
    mk: '#854d0e',
  },
} as const;

export type Palette = Record<keyof (typeof PALETTE)['light'], string>;

/** `--bg:#ffffff;--fg:…`: one scheme's declarations. */
export const paletteCss = (p: Palette): string =>
  Object.entries(p)
    .map(([name, value]) => `--${name}:${value}`)
    .join(';');
