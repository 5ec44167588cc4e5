/** The HTML document around a prerendered page's body: language, title, canonical address and its language pairs. */
import type { Lang } from '../../src/data/types.ts';

export interface Alternate { hreflang: string; href: string }
export interface Shell {
  lang: Lang;
  title: string;
  description: string;
  canonical: string;
  alternates: Alternate[];
  /** Stylesheets, relative to the page. */
  css: string[];
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The <link>s a search engine reads: the page's own address and the same page in each language. */
export function seoLinks(shell: Pick<Shell, 'canonical' | 'alternates'>): string {
  return [
    `<link rel="canonical" href="${esc(shell.canonical)}" />`,
    ...shell.alternates.map((a) => `<link rel="alternate" hreflang="${esc(a.hreflang)}" href="${esc(a.href)}" />`),
  ].join('\n    ');
}

/** A whole static page: no script, styles only from files (the strict CSP holds). */
export function staticPage(shell: Shell, body: string): string {
  return `<!doctype html>
<html lang="${htmlLang(shell.lang)}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light" />
    <meta name="renderer" content="webkit" />
    <title>${esc(shell.title)}</title>
    <meta name="description" content="${esc(shell.description)}" />
    <link rel="icon" href="data:," />
    ${seoLinks(shell)}
    ${shell.css.map((href) => `<link rel="stylesheet" href="${esc(href)}" />`).join('\n    ')}
  </head>
  <body class="static">
${body}
  </body>
</html>
`;
}
