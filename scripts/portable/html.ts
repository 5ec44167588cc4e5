/**
 * Assembles the portable single file from a built page, its bundle and the
 * data: pure string work, unit-tested (tests/unit/portable-html.test.ts).
 */
import { createHash } from 'node:crypto';

export interface PortableParts {
  /** The built index.html of the portable bundle. */
  html: string;
  js: string;
  css: string;
  /** Classic scripts the page loads by src (e.g. ./start.js), by their src. */
  classic?: Record<string, string>;
  /** Non-executing JSON blocks, by element id (src/data/inline.ts). */
  data: Record<string, unknown>;
}

export class PortableError extends Error {
  constructor(readonly what: string, reason: string) {
    super(`portable file: ${what}: ${reason}`);
    this.name = 'PortableError';
  }
}

export const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** JSON that cannot end its <script> block or start a comment in it: `<` becomes \u003c (same value). */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * `<!--` and `</script` in a script would change how the HTML parser reads it. In the bundle they
 * occur only inside string and template literals (Svelte's `<!---->` markers), where `\x3C` is the
 * same character; the result is parsed again by the build (scripts/portable/build.ts).
 */
export const escapeScript = (js: string): string => js.replace(/<(!--|\/script)/gi, '\\x3C$1');

/** Code inlined into <script>/<style> must not contain what would end that element early. */
function checkInlinable(text: string, tag: 'script' | 'style', what: string): void {
  const bad = new RegExp(`</${tag}|<!--`, 'i').exec(text);
  if (bad) throw new PortableError(what, `contains "${bad[0]}" at ${bad.index}, which would break the inline <${tag}>`);
}

/**
 * The page's own policy (a file has no server to send one): scripts only by
 * hash, the map worker from a blob, images from data:/blob: (PNG export),
 * nothing from the network.
 */
export function portableCsp(scriptHashes: string[], styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    'worker-src blob:',
    `style-src ${styleHashes.join(' ')}`,
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The src of every classic (non-module) script the page loads from a file. */
export const classicScriptSrcs = (html: string): string[] =>
  [...html.matchAll(/<script\b(?![^>]*type="module")[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g)].map((m) => m[1] ?? '');

export function assemblePortable({ html, js: bundle, css, data, classic = {} }: PortableParts): string {
  const js = escapeScript(bundle);
  checkInlinable(js, 'script', 'the app bundle');
  // Classic scripts run where they stood, before the module (they were `defer`red: after parsing, in order).
  const classics = classicScriptSrcs(html).map((src) => {
    const code = classic[src];
    if (code === undefined) throw new PortableError('index.html', `loads ${src}, which was not given to inline`);
    const inline = escapeScript(code);
    checkInlinable(inline, 'script', src);
    return inline;
  });
  checkInlinable(css, 'style', 'the stylesheet');
  if (/url\(\s*(?!['"]?(?:data:|#))/i.test(css)) throw new PortableError('the stylesheet', 'refers to a file (url(...)), which a single file cannot carry');
  const scriptTag = /<script type="module"[^>]*\ssrc="[^"]+"[^>]*><\/script>\s*/;
  const styleTag = /<link rel="stylesheet"[^>]*>\s*/g;
  if (!scriptTag.test(html)) throw new PortableError('index.html', 'has no module script to inline');
  const blocks = Object.entries(data)
    .map(([id, value]) => `<script type="application/json" id="${id}">${jsonForScript(value)}</script>\n`)
    .join('');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${portableCsp([...classics, js].map(sha256), [sha256(css)])}" />`;
  const classicTags = classics.map((c) => `<script>${c}</script>\n`).join('');
  return html
    .replace(/\s*<script\b(?![^>]*type="module")[^>]*\ssrc="[^"]+"[^>]*><\/script>/g, '')
    .replace(/\s*<!--[^]*?-->/g, '')
    // Nothing to preload or link: it is all in the page.
    .replace(/\s*<link rel="(?:preload|modulepreload)"[^>]*>/g, '')
    .replace(styleTag, '')
    .replace(scriptTag, '')
    .replace(/<meta charset="UTF-8" \/>/i, (m) => `${m}\n    ${meta}`)
    .replace('</head>', () => `<style>${css}</style>\n</head>`)
    .replace('</body>', () => `${blocks}${classicTags}<script type="module">${js}</script>\n</body>`);
}
