/** The help center's styles (F19), added to the shadow root when its first chunk loads. */
const CSS = `
.hh{display:flex;align-items:center;gap:8px;padding:10px 12px;border-bottom:1px solid var(--ln)}
.hh h3{font-size:15px;margin:0;flex:1;min-width:0;overflow-wrap:anywhere}
.hk{border:1px solid var(--bd);background:var(--bg);border-radius:8px;padding:6px 10px;cursor:pointer}
.hv{flex:1;overflow-y:auto;padding:12px 14px;display:flex;flex-direction:column;gap:10px}
.hv input{width:100%;border:1px solid var(--bd);border-radius:8px;padding:8px 10px}
.hv p{margin:0}
.hn{color:var(--mu);font-size:13px}
.hl,.sg ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.hr{width:100%;text-align:left;border:1px solid var(--ln);background:var(--bg);border-radius:10px;padding:8px 10px;cursor:pointer;display:flex;flex-direction:column;gap:2px}
.hr:hover{border-color:var(--p)}
.hr strong{font-size:14px}
.hr span{font-size:12px;color:var(--mu)}
mark{background:var(--mk);color:inherit;border-radius:2px}
.ac{overflow-wrap:anywhere}
.ac h1,.ac h2,.ac h3{font-size:15px;margin:12px 0 4px}
.ac p,.ac ul,.ac ol,.ac pre,.ac blockquote{margin:0 0 8px}
.ac ul,.ac ol{padding-left:20px}
.ac pre{overflow-x:auto;background:var(--sf);padding:8px;border-radius:6px}
.ac code{background:var(--sf);border-radius:4px;padding:0 3px}
.ac img{max-width:100%;height:auto}
.ac a,.hx{color:var(--lk)}
.hy{display:flex;align-items:center;gap:8px;flex-wrap:wrap;border-top:1px solid var(--ln);padding-top:10px}
.hy p{flex:1 0 100%}
.sg{padding:8px 10px 0;border-top:1px solid var(--ln)}
.sg p{margin:0 0 6px;font-size:12px;font-weight:600;color:var(--mu)}
.sg .hr{padding:6px 10px}
`;

const done = new WeakSet<ShadowRoot>();

/** Adds the help styles once per shadow root, next to the widget's own sheet. */
export function addHelpStyles(root: ShadowRoot): void {
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
