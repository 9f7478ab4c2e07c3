/** The attachments' styles (F20), added to the shadow root when their first chunk loads. */
const CSS = `
.fs{display:flex;flex-direction:column;gap:6px;margin-top:4px;white-space:normal}
.fs img{display:block;max-width:200px;max-height:160px;border-radius:8px;background:#fff;border:2px solid #fff}
.fl{display:inline-flex;gap:6px;align-items:center;padding:6px 8px;border-radius:8px;background:#fff;color:#1d4ed8!important;border:1px solid #d1d5db}
.fl small{color:#4b5563}
.at{display:flex;flex-direction:column;gap:6px;padding:0 10px}
.at:empty{display:none}
.au{display:flex;gap:8px;align-items:center;font-size:12px;padding-top:8px}
.au span{flex:1;min-width:0;overflow-wrap:anywhere}
.au progress{flex:1;height:8px;accent-color:var(--p)}
.au.er{color:#b91c1c}
.au button{border:1px solid #9ca3af;background:#fff;border-radius:8px;padding:2px 8px;cursor:pointer;font:inherit}
`;

const done = new WeakSet<Node>();

/** Adds the attachment styles once per shadow root, next to the widget's own sheet. */
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
