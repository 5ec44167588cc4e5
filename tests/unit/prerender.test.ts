/** The prerender's logic (scripts/prerender): relative links, the site address, the sitemap, the marked quotes. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { absolute, docPath, homePath, relative, zonePath } from '../../src/data/site-paths.ts';
import { readSiteUrl, sitemap } from '../../scripts/prerender/publish.ts';
import { docPieces, docRefsOf, quoteAnchor } from '../../scripts/prerender/pages/anchors.ts';
import { esc, seoLinks } from '../../scripts/prerender/html.ts';
import { compactPath, compactPaths, simplify, withoutContext } from '../../scripts/prerender/compact.ts';
import { firstPaintCss, inlinable } from '../../scripts/prerender/first-paint-css.ts';
import { PALETTES } from '../../src/ui/palette.ts';
import type { Atlas, DocumentText } from '../../src/data/types.ts';

describe('paths', () => {
  it('links between pages are relative, so the build works from any folder', () => {
    expect(relative('', zonePath('zh', 'benxi'))).toBe('zone/benxi/');
    expect(relative(zonePath('zh', 'benxi'), '')).toBe('../../');
    expect(relative(zonePath('en', 'dalian'), '')).toBe('../../../');
    expect(relative(zonePath('en', 'dalian'), zonePath('zh', 'dalian'))).toBe('../../../zone/dalian/');
    expect(relative(homePath('en'), docPath('plan-2016'))).toBe('../doc/plan-2016/');
    expect(relative('', '')).toBe('./');
  });
  it('canonical addresses are absolute only when the site address is known', () => {
    expect(absolute(null, 'zone/benxi/', 'zone/benxi/')).toBe('../../zone/benxi/');
    expect(absolute('https://www.example.gov.cn/atlas/', 'en/zone/benxi/', 'zone/benxi/')).toBe('https://www.example.gov.cn/atlas/en/zone/benxi/');
  });
});

describe('data/publish.yaml site_url', () => {
  const file = (text: string): string => {
    const f = join(mkdtempSync(join(tmpdir(), 'publish-')), 'publish.yaml');
    writeFileSync(f, text);
    return f;
  };
  it('is optional', () => {
    expect(readSiteUrl(join(tmpdir(), 'no-such-dir', 'publish.yaml'))).toBeNull();
    expect(readSiteUrl(file('min_external_grade: official\n'))).toBeNull();
    expect(readSiteUrl(file('site_url:\n'))).toBeNull();
  });
  it('takes an http(s) address ending in /', () => {
    expect(readSiteUrl(file('site_url: https://www.ln.gov.cn/atlas/\n'))).toBe('https://www.ln.gov.cn/atlas/');
    expect(readSiteUrl(file('site_url: http://example.org/\n'))).toBe('http://example.org/');
  });
  it('stops the build naming the file, the key and the reason for anything else', () => {
    for (const bad of ['https://www.ln.gov.cn/atlas', 'javascript:alert(1)//', 'ftp://x.org/', '/atlas/', 'https://a.org/?q=1/', '42', '[a]']) {
      const f = file(`site_url: ${JSON.stringify(bad)}\n`);
      expect(() => readSiteUrl(f), bad).toThrow(new RegExp(`${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: site_url: must be an http\\(s\\) address ending in "/"`));
    }
    expect(() => readSiteUrl(file('site_url: [unclosed\n'))).toThrow(/publish\.yaml: is not valid YAML/);
  });
  it('the sitemap lists every page under it, escaped', () => {
    const xml = sitemap('https://a.org/x&y/', ['', 'zone/benxi/']);
    expect(xml).toContain('<loc>https://a.org/x&amp;y/</loc>');
    expect(xml).toContain('<loc>https://a.org/x&amp;y/zone/benxi/</loc>');
  });
});

describe('html', () => {
  it('escapes what goes into attributes and text', () => {
    expect(esc(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    expect(seoLinks({ canonical: './?"', alternates: [{ hreflang: 'en', href: 'en/' }] })).toBe(
      '<link rel="canonical" href="./?&quot;" />\n    <link rel="alternate" hreflang="en" href="en/" />',
    );
  });
});

describe('marked quotes on a document page', () => {
  it('cuts the text where cited ranges start and end; overlapping ranges share the mark, each keeps its anchor', () => {
    const pieces = docPieces('0123456789', [{ start: 2, end: 5 }, { start: 4, end: 7 }, { start: 2, end: 5 }, { start: 9, end: 99 }]);
    expect(pieces.map((p) => p.text).join('')).toBe('0123456789');
    expect(pieces.filter((p) => p.marked).map((p) => p.text).join('')).toBe('23456');
    expect(pieces.flatMap((p) => p.anchors)).toEqual([quoteAnchor({ start: 2, end: 5 }), quoteAnchor({ start: 4, end: 7 })]);
  });

  // The built data (npm run atlas): every citation's anchor is on its document's page, at its quote.
  const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
  for (const d of atlas.documents) {
    it(`every citation of ${d.id} has its anchor on the page`, () => {
      const doc = JSON.parse(readFileSync(`public/data/docs/${d.id}.json`, 'utf8')) as DocumentText;
      const refs = docRefsOf(atlas, d.id);
      const anchors = new Set(docPieces(doc.text, refs).flatMap((p) => p.anchors));
      for (const r of refs) expect(anchors.has(quoteAnchor(r)), `${r.record.file}: ${r.record.id}`).toBe(true);
    });
  }
});

describe('compact map paths', () => {
  it('simplifies long polygon paths to within a pixel, at whole pixels, in relative steps; leaves short and other paths alone', () => {
    // A square's sides sampled every 0.1 px, with 0.2 px of noise: the four corners are all that is left.
    const side = (f: (t: number) => [number, number]): string => Array.from({ length: 100 }, (_, i) => f(i / 10)).map(([x, y]) => `L${x.toFixed(1)},${y.toFixed(1)}`).join('');
    const noise = (i: number): number => (i % 2 ? 0.2 : -0.2);
    const square = `M0,0${side((t) => [t, noise(t * 10)])}${side((t) => [10 + noise(t * 10), t])}${side((t) => [10 - t, 10])}${side((t) => [0, 10 - t])}Z`;
    expect(compactPath(square)).toBe('M0,0l10 0 0 10-10 0 0-10Z');
    expect(compactPath('M0,-8.75L8.75,0L0,8.75L-8.75,0Z')).toBe('M0,-8.75L8.75,0L0,8.75L-8.75,0Z');
    const curve = `M0,0Q1.5,2.5,3.5,4.5${'L1.25,1.25'.repeat(40)}`;
    expect(compactPath(curve)).toBe(curve);
    expect(compactPaths(`<path d="${square}" fill="x"></path>`)).toBe('<path d="M0,0l10 0 0 10-10 0 0-10Z" fill="x"></path>');
    // Relative steps from a negative start, and several rings in one path.
    expect(compactPath(`M5,-5${'L5,-5'.repeat(60)}L-3,-5L-3,2ZM100,100L90,100L90,90Z`)).toBe('M5,-5l-8 0 0 7ZM100,100l-10 0 0-10Z');
  });
  it('leaves out an island or a line no bigger than a pixel; a larger island keeps at least a triangle', () => {
    const long = 'L300,300'.repeat(30);
    const speck = 'M10.2,10.2L10.9,10.4L11.1,11.1L10.2,10.2Z';
    const islet = 'M50,50L52,50L52,52L50,52L51,51L50,50Z';
    expect(compactPath(`M300,300${long}L320,300L320,320Z${speck}${islet}`)).toBe('M300,300l20 0 0 20ZM50,50l2 0 0 2-2 0 0-2Z');
  });
  it('keeps every point further than the tolerance from the simplified line', () => {
    const pts: [number, number][] = Array.from({ length: 200 }, (_, i) => [i, Math.sin(i / 7) * 20]);
    const kept = simplify(pts, 0.5);
    expect(kept.length).toBeLessThan(pts.length / 2);
    expect(kept[0]).toEqual(pts[0]);
    expect(kept.at(-1)).toEqual(pts.at(-1));
  });
});

describe('the first frame', () => {
  it('leaves out the map\'s context layers (neighbouring land, dashed city borders), told by their paint; keeps the province and the rest', () => {
    const { neighbour, neighbourStroke, land, landStroke } = PALETTES.light;
    const next = `<path d="M0,0l5 5" fill="${neighbour}" stroke="${neighbourStroke}"></path>`;
    const province = `<path d="M0,0l9 9" fill="${land}" stroke="${landStroke}"></path>`;
    const borders = `<path d="M1,1l2 2" fill="none" stroke="${landStroke}" stroke-dasharray="3 2"></path>`;
    const link = '<path class="link general" d="M0,0Q1,1 2,2" fill="none" stroke="#7d8791" stroke-dasharray="4 4"></path>';
    expect(withoutContext(`<g>${next}${province}${borders}</g>${link}`)).toBe(`<g>${province}</g>${link}`);
  });
});

describe('the first paint\'s CSS', () => {
  const page = (body: string): string => `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="./app.css"></head><body>${body}</body></html>`;
  const run = async (body: string, css: string): Promise<string> => {
    const dir = mkdtempSync(join(tmpdir(), 'first-paint-'));
    writeFileSync(join(dir, 'app.css'), css);
    return firstPaintCss(page(body), dir, css);
  };
  it('keeps the rules the page uses as the starter leaves it, and the faces; leaves out print, hover and focus', async () => {
    const css = [
      '@font-face{font-family:Atlas CJK;src:local(Noto Sans CJK SC)}',
      '.used{color:red}', '.unused{color:blue}',
      'html:not([data-start]) .used{display:none}', 'html[data-start] .used{margin:0}',
      '.used:hover{color:green}', '.skip:not(:focus){left:-9999px}', '.used:focus-visible,.used.on{outline:0}',
      '@media print{.used{color:black}}', '@media (min-width:760px){.used{padding:0}.unused{padding:0}}',
    ].join('');
    const out = await run('<p class="used"></p><a class="skip"></a>', css);
    expect(out).toContain('@font-face{font-family:Atlas CJK;src:local(Noto Sans CJK SC)}');
    expect(out).toContain('.used{color:red}');
    expect(out).toContain('html[data-start] .used{margin:0}');
    expect(out).toContain('.skip:not(:focus){left:-9999px}');
    expect(out).toContain('@media (min-width:760px){.used{padding:0}}');
    for (const gone of ['.unused', ':not([data-start])', ':hover', ':focus-visible', 'print', 'black']) expect(out).not.toContain(gone);
  });
  it('says what would end its inline block early', () => {
    expect(inlinable('.a{content:"</script>"}')).toBe('</script');
    expect(inlinable('.a{content:"<!--"}')).toBe('<!--');
    expect(inlinable('.a{color:red}')).toBeNull();
  });
});
