import { PALETTE, paletteCss } from '../../logic/palette';

/**
 * The widget's main stylesheet, applied inside its shadow root. Constructable stylesheets are
 * not subject to a host page's CSP `style-src`, so the widget also works on pages that forbid
 * inline styles (lazy views add their own rules the same way); browsers without them fall back to a <style> element, which such a CSP blocks.
 * Sizes are in px so the host's root font size can't scale the widget.
 */
const CSS = `
.r{--p:#2563eb;--pt:#fff;${paletteCss(PALETTE.light)};color-scheme:light dark;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);-webkit-font-smoothing:antialiased}
@media (prefers-color-scheme:dark){.r{${paletteCss(PALETTE.dark)}}}
*{box-sizing:border-box}
button,input,textarea,select{font:inherit;color:inherit}
svg{width:22px;height:22px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
[hidden]{display:none!important}
.l,.p{position:fixed;bottom:20px;right:20px}
.left .l,.left .p{right:auto;left:20px}
.l{width:56px;height:56px;border-radius:50%;border:0;background:var(--p);color:var(--pt);box-shadow:0 4px 14px #0004;cursor:pointer;display:grid;place-items:center;transition:transform .15s}
.l:hover{transform:scale(1.06)}
.l svg{width:26px;height:26px}
.bd{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;background:#b91c1c;color:#fff;font-size:12px;font-weight:700;line-height:20px}
.p{width:370px;height:min(600px,calc(100vh - 40px));background:var(--bg);border-radius:14px;box-shadow:0 10px 40px #0005;display:flex;flex-direction:column;overflow:hidden;animation:in .18s ease-out}
@keyframes in{from{opacity:0;transform:translateY(12px)}}
.hd{background:var(--p);color:var(--pt);padding:10px 12px 10px 16px;display:flex;flex-direction:column;gap:6px}
.tr,.tl{display:flex;align-items:center;gap:6px}
.tl{justify-content:space-between}
.tt{flex:1;min-width:0}
.hd h2{font-size:16px;margin:0;overflow-wrap:anywhere}
.hd p{margin:0;font-size:12px}
.hd select{background:transparent;border:1px solid currentColor;border-radius:6px;padding:2px 4px;max-width:110px}
.hd select option{color:var(--fg);background:var(--bg)}
.ib{background:transparent;border:0;color:inherit;width:34px;height:34px;border-radius:8px;display:grid;place-items:center;cursor:pointer}
.ib[aria-pressed=false]{opacity:.55}
.tb{background:transparent;border:1px solid currentColor;border-radius:6px;padding:3px 8px;cursor:pointer;font-size:12px}
button:focus-visible,select:focus-visible,input:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid var(--lk);outline-offset:2px}
.hd :focus-visible{outline-color:currentColor}
.bo{flex:1;display:flex;flex-direction:column;min-height:0}
.lg{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px}
.m{display:flex;gap:8px;max-width:85%}
.me{align-self:flex-end;flex-direction:row-reverse}
.av{width:28px;height:28px;border-radius:50%;flex:none;object-fit:cover;background:var(--ln);display:grid;place-items:center;font-size:12px;font-weight:700;color:var(--mu)}
.b{background:var(--sf);border-radius:12px;padding:8px 11px;overflow-wrap:anywhere;white-space:pre-wrap}
.me .b{background:var(--p);color:var(--pt)}
.b a{color:inherit;text-decoration:underline}
.n{display:block;font-size:12px;font-weight:600;color:var(--mu)}
.tm{display:block;font-size:11px;margin-top:2px}
.pd .b{outline:2px dashed var(--bd);outline-offset:1px}
.sy{align-self:center;text-align:center;font-size:12px;color:var(--mu);max-width:100%}
.st{padding:4px 14px;font-size:12px;color:var(--mu);min-height:22px}
.tp{margin:0;padding:0 14px 4px;font-size:12px;color:var(--mu)}
.cp{display:flex;gap:8px;padding:10px;border-top:1px solid var(--ln)}
.cp textarea{flex:1;resize:none;border:1px solid var(--bd);border-radius:10px;padding:8px 10px;height:40px;max-height:120px}
.sd{border:0;border-radius:10px;width:44px;background:var(--p);color:var(--pt);cursor:pointer;display:grid;place-items:center}
.in{padding:16px;overflow-y:auto;display:flex;flex-direction:column;gap:10px}
.in h3{font-size:15px;margin:0}
.in p{margin:0}
.ch{display:flex;flex-direction:column;gap:8px}
.bt{border:1px solid var(--bd);background:var(--bg);border-radius:10px;padding:10px 12px;text-align:left;cursor:pointer}
.pr{border:0;background:var(--p);color:var(--pt);border-radius:10px;padding:10px 12px;cursor:pointer;font-weight:600}
input,textarea{background:var(--bg)}
.al{background:var(--ab);color:var(--af);border-radius:8px;padding:10px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:480px){.p{inset:0;width:100%;height:100%;border-radius:0}}
@media (prefers-reduced-motion:reduce){.p{animation:none}.l{transition:none}}
`;

/** Adds a stylesheet to the shadow root, after those already there (lazy chunks bring their own). */
export function addStyles(root: ShadowRoot, css = CSS): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
