/** Pages of the local demo shop; each shows the widget snippet exactly as an owner installs it. */
export const DEMO_PAGES: Record<string, { title: string; text: string }> = {
  home: { title: 'Home', text: 'Hand-made mugs, plates and bowls, fired in small batches and shipped across Europe.' },
  delivery: { title: 'Delivery', text: 'Orders leave our workshop within two working days. Tracking links arrive by email.' },
  returns: { title: 'Returns', text: 'Changed your mind? Send anything back within 30 days for a full refund.' },
};

/** The page's only stylesheet; the CSP allows it by hash, so the page needs no 'unsafe-inline'. */
export const DEMO_CSS =
  'body{font:16px/1.6 system-ui,sans-serif;margin:0;color:#1f2937;background:#fafaf9}header{background:#1f2937;color:#fff;padding:16px 24px;display:flex;gap:24px;align-items:center}header a{color:#fff}nav{display:flex;gap:16px;flex-wrap:wrap}main{max-width:720px;margin:32px auto;padding:0 24px}h1{margin-top:0}code{background:#e7e5e4;padding:2px 6px;border-radius:4px;font-size:14px;overflow-wrap:anywhere}';

const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The demo page's HTML: the snippet in <head>, as the company page tells owners to install it. */
export function demoPageHtml(opts: { companyName: string; snippet: string; page: string }): string {
  const current = DEMO_PAGES[opts.page] ?? DEMO_PAGES.home!;
  const nav = Object.entries(DEMO_PAGES)
    .map(([id, p]) => `<a href="/?page=${id}"${p === current ? ' aria-current="page"' : ''}>${esc(p.title)}</a>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(current.title)} · ${esc(opts.companyName)}</title>
${opts.snippet}
<style>${DEMO_CSS}</style>
</head>
<body>
<header><strong>${esc(opts.companyName)}</strong><nav>${nav}</nav></header>
<main>
<h1>${esc(current.title)}</h1>
<p>${esc(current.text)}</p>
<p>This page is served locally by <code>npm start</code> on a registered demo domain, under a strict
Content-Security-Policy, with the widget installed by this snippet:</p>
<p><code>${esc(opts.snippet)}</code></p>
</main>
</body>
</html>`;
}
