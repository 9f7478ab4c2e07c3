type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an element: `on*` props become listeners, other props attributes (`true` → empty,
 * null/false → absent). Never sets `style` (host-page CSPs may forbid style attributes).
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const name in props) {
    const value = props[name];
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value != null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...(children.filter((c) => c != null && c !== false) as (Node | string)[]));
  return el;
}

/** An inline SVG icon from one path (24×24 box), hidden from assistive technology. */
export function icon(d: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

export const ICONS = {
  chat: 'M4 4h16v12H8l-4 4z',
  close: 'M6 6l12 12M18 6L6 18',
  send: 'M3 20l18-8L3 4v6l12 2-12 2z',
  sound: 'M4 9h4l5-4v14l-5-4H4zM16 8a5 5 0 010 8',
  help: 'M8 8a4 4 0 118 0c0 3-4 3-4 6m0 5v.01',
  attach: 'M12 5v14M5 12h14',
};
