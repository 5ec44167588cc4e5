import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { assemblePortable, escapeScript, jsonForScript, PortableError } from '../../scripts/portable/html.ts';

const html = `<!doctype html><html><head>
<meta charset="UTF-8" />
<!-- a comment -->
<link rel="preload" href="./data/atlas.json" as="fetch" crossorigin />
<script type="module" crossorigin src="./assets/index.js"></script>
<link rel="stylesheet" crossorigin href="./assets/style.css">
</head><body><div id="app"></div></body></html>`;
const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('portable single file', () => {
  it('inlines code and style, drops file references, adds data blocks and a CSP with their hashes', () => {
    const js = 'console.log(`<!---->`, "</script>")';
    const css = 'a{background:url("data:image/svg+xml,x")}';
    const out = assemblePortable({ html, js, css, data: { 'inline-atlas': { a: '</script><!--' } } });
    expect(out).not.toMatch(/src="|rel="preload"|rel="stylesheet"|a comment/);
    const inlineJs = escapeScript(js);
    expect(out).toContain(`<script type="module">${inlineJs}</script>`);
    expect(out).toContain(`<style>${css}</style>`);
    const csp = /content="([^"]+)"/.exec(out)?.[1] ?? '';
    expect(csp).toContain(`script-src ${hash(inlineJs)}`);
    expect(csp).toContain(`style-src ${hash(css)}`);
    expect(csp).not.toContain('unsafe-inline');
    // The data block cannot end its element early and reads back to the same value.
    const block = /<script type="application\/json" id="inline-atlas">([^]*?)<\/script>/.exec(out)?.[1] ?? '';
    expect(JSON.parse(block)).toEqual({ a: '</script><!--' });
    // Only the app's script and the data block remain.
    expect(out.match(/<\/script>/g)).toHaveLength(2);
  });

  it('escapes only the sequences that would confuse the HTML parser, keeping literal values', () => {
    const src = 'const a = `<!--x`; const b = "</SCRIPT>";';
    const escaped = escapeScript(src);
    expect(escaped).not.toMatch(/<!--|<\/script/i);
    const read = (code: string): unknown => new Function(`${code}; return [a, b];`)();
    expect(read(escaped)).toEqual(read(src));
    expect(jsonForScript('<')).toBe('"\\u003c"');
  });

  it('inlines classic scripts loaded by src before the module, each with its hash', () => {
    const page = html.replace('</head>', '<script defer src="./start.js"></script></head>');
    const out = assemblePortable({ html: page, js: 'm()', css: '', data: {}, classic: { './start.js': 'f()' } });
    expect(out).not.toContain('start.js');
    expect(out.indexOf('<script>f()</script>')).toBeLessThan(out.indexOf('<script type="module">m()</script>'));
    expect(/content="([^"]+)"/.exec(out)?.[1]).toContain(`script-src ${hash('f()')} ${hash('m()')}`);
    expect(() => assemblePortable({ html: page, js: '', css: '', data: {} })).toThrow(/start/);
  });

  it('refuses a stylesheet that refers to a file and a page without a module script', () => {
    expect(() => assemblePortable({ html, js: '', css: 'a{background:url(./x.png)}', data: {} })).toThrow(PortableError);
    expect(() => assemblePortable({ html: '<html><head></head><body></body></html>', js: '', css: '', data: {} })).toThrow(/no module script/);
  });
});
