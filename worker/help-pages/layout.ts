import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** A version of the same page in another language, for the switch and `hreflang`. */
export interface Alternate {
  lang: string;
  name: string;
  href: string;
}

export interface LayoutProps {
  lang: string;
  title: string;
  /** The site's name in the header, and where it links. */
  site: { name: string; href: string };
  /** Absolute URL of this page (canonical). */
  canonical: string;
  /** Every language of the page, this one included; the first is x-default. Absolute hrefs. */
  alternates: readonly Alternate[];
  description?: string;
  languagesLabel: string;
  body: Html;
}

/** Stylesheet and script of the help pages: static assets (console/public/help-assets), no inline code (CSP). */
export const HELP_CSS = '/help-assets/help.css';
export const HELP_JS = '/help-assets/help.js';

/** The page shell every help page shares: head with canonical and hreflang links, header with the language switch. */
export function layout(p: LayoutProps): Html {
  const fallback = p.alternates[0];
  return html`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
${p.description ? html`<meta name="description" content="${p.description}">` : ''}
<meta name="color-scheme" content="light dark">
<link rel="canonical" href="${p.canonical}">
${p.alternates.map((a) => html`<link rel="alternate" hreflang="${a.lang}" href="${a.href}">\n`)}${fallback ? html`<link rel="alternate" hreflang="x-default" href="${fallback.href}">` : ''}
<link rel="stylesheet" href="${HELP_CSS}">
<script type="module" src="${HELP_JS}"></script>
</head>
<body>
<header class="top">
<a class="brand" href="${p.site.href}">${p.site.name}</a>
${
  p.alternates.length > 1
    ? html`<nav class="langs" aria-label="${p.languagesLabel}">${p.alternates.map((a) =>
        a.lang === p.lang
          ? html`<span aria-current="true" lang="${a.lang}">${a.name}</span>`
          : html`<a href="${new URL(a.href).pathname}" hreflang="${a.lang}" lang="${a.lang}">${a.name}</a>`,
      )}</nav>`
    : ''
}
</header>
<main>
${p.body}
</main>
</body>
</html>`;
}
