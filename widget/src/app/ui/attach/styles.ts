/** The attachments' styles (F20), in the panel's palette (both colour schemes; logic/palette.ts). */
const CSS = `
.fs{display:flex;flex-direction:column;gap:6px;margin-top:4px;white-space:normal}
.fs img{display:block;max-width:200px;max-height:160px;border-radius:8px;background:var(--bg);border:2px solid var(--bg)}
.fl{display:inline-flex;gap:6px;align-items:center;padding:6px 8px;border-radius:8px;background:var(--bg);color:var(--lk)!important;border:1px solid var(--ln)}
.fl small{color:var(--mu)}
.at{display:flex;flex-direction:column;gap:6px;padding:0 10px}
.at:empty{display:none}
.au{display:flex;gap:8px;align-items:center;font-size:12px;padding-top:8px}
.au span{flex:1;min-width:0;overflow-wrap:anywhere}
.au progress{flex:1;height:8px;accent-color:var(--p)}
.au.er{color:var(--er)}
.au button{border:1px solid var(--bd);background:var(--bg);color:var(--fg);border-radius:8px;padding:2px 8px;cursor:pointer;font:inherit}
`;

const done = new WeakSet<Node>();

/**
 * Adds the attachment styles once per shadow root, when their first chunk loads. Like the help
 * and rating chunks it shares no module with the app: importing `../styles` would split the
 * widget's own stylesheet out of the app chunk (about 0.1 KB more gzip before the first message).
 */
export function addAttachStyles(root: ShadowRoot): void {
  if (done.has(root)) return;
  done.add(root);
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}
