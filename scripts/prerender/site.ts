/**
 * The prerender (issue 14): after `vite build`, writes into the build folder
 * - index.html: the app's first view rendered into #app (main.ts hydrates it), with canonical/hreflang;
 * - en/index.html, zh/index.html, zone/<id>/index.html, en/zone/<id>/index.html, doc/<id>/index.html: static pages
 *   that read without JavaScript (no script at all), each source as text with a link to its document;
 * - map-zh.svg, map-en.svg: the first view's map as a picture, which every static page shows;
 * - pages.css (their styles) and, when data/publish.yaml names `site_url`, sitemap.xml.
 * Zone and document ids come from the built data. Anything missing or malformed stops the build
 * with the file, the record and the reason.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative as relPath } from 'node:path';
import type { ViteDevServer } from 'vite';
import type { Atlas, DocumentText, Lang, Zone } from '../../src/data/types.ts';
import { projectLinear } from '../../src/map/geometry.ts';
import { SELECTION_STROKE, selectionRadius } from '../../src/map/look/zones.ts';
import { PALETTES } from '../../src/ui/palette.ts';
import { FONT_STACK } from '../../src/ui/tokens.ts';
import { translate } from '../../src/i18n/index.ts';
import { absolute, docPath, homePath, relative, textHomePath, zonePath } from '../../src/data/site-paths.ts';
import { htmlLang, seoLinks, staticPage, esc, type Alternate } from './html.ts';
import { readSiteUrl, sitemap } from './publish.ts';
import { compactPaths, withoutContext } from './compact.ts';
import { START_SCRIPT } from '../csp.ts';
import { firstPaintCss, inlinable } from './first-paint-css.ts';
import type * as Renderers from './render-app.ts';

const LANGS: readonly Lang[] = ['zh', 'en'];
const ID = /^[a-z][a-z0-9-]{0,40}$/;
const APP_ROOT = '<div id="app"></div>';

export interface PrerenderOptions {
  root: string;
  outDir: string;
  /** A Vite server of the app's config, to load the Svelte components for the server. */
  server: ViteDevServer;
}

function readJson<T>(file: string): T {
  if (!existsSync(file)) throw new Error(`${file}: is missing (run npm run atlas first)`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new Error(`${file}: is not valid JSON (${(e as Error).message})`);
  }
}

function write(outDir: string, path: string, html: string): void {
  const file = join(outDir, path, path.endsWith('.xml') || path.endsWith('.css') ? '' : 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

/** The map as the app draws it first (the same SVG), made a picture: nothing in it takes focus. */
function mapPicture(appBody: string, where: string): string {
  const m = /<svg[^>]*viewBox="0 0 800 600"[\s\S]*?<\/svg>/.exec(appBody);
  if (!m) throw new Error(`${where}: the prerendered app has no SVG map`);
  return compactPaths(m[0])
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ (tabindex|role|aria-pressed|aria-label|style)="[^"]*"/g, '');
}

interface MapFile {
  /** Where it is written, from the root. */
  path: string;
  svg: string;
  /** The first frame's linear map of Mercator space (SvgMap's data-frame): where a zone is on the picture. */
  frame: { k: number; ax: number; ay: number };
}

/**
 * The map picture as a file of its own, one per language, which every static page shows: a page
 * does not carry its own copy (it stays small, and the build linear, however many zones there are).
 * The map draws with presentation attributes; only the font comes from CSS, so it is set here.
 */
function mapFile(appBody: string, lang: Lang, where: string): MapFile {
  const svg = mapPicture(appBody, where);
  const f = /data-frame="([-\d.e]+) ([-\d.e]+) ([-\d.e]+)"/.exec(svg);
  if (!f) throw new Error(`${where}: the prerendered map has no data-frame`);
  return {
    path: `map-${lang}.svg`,
    svg: svg.replace('<svg', `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" font-family='${FONT_STACK}'`),
    frame: { k: Number(f[1]), ax: Number(f[2]), ay: Number(f[3]) },
  };
}

/** A static page's map: the language's map file, and the page's zone ringed as the app rings a selection. */
function mapFigure(map: MapFile, here: string, zone?: Zone): string {
  let ring = '';
  if (zone) {
    const [x, y] = projectLinear(map.frame, [zone.location.lon, zone.location.lat]);
    ring = `<g data-map-zone="${esc(zone.id)}" transform="translate(${x.toFixed(1)},${y.toFixed(1)})"><circle r="${selectionRadius(zone)}" fill="none" stroke="${PALETTES.light.selected}" stroke-width="${SELECTION_STROKE}"></circle></g>`;
  }
  return `<svg viewBox="0 0 800 600"><image href="${esc(relative(here, map.path))}" width="800" height="600"></image>${ring}</svg>`;
}

const START_TAG = '<script defer src="./start.js"></script>';

/**
 * What loads the app (its module script, module preloads and the data preloads) goes into an inert
 * <template id="app-start">, which public/start.js puts into <head> once the page has painted: the
 * prerendered page paints from the HTML and the CSS alone, and the code and data follow. The starter
 * itself is written inline where the page loaded it (before the stylesheet), so the first paint waits
 * for no script request; the CSP allows it by its hash (scripts/csp.ts).
 */
function deferApp(html: string, where: string): string {
  const LOADS = /\s*<script type="module"[^>]*><\/script>|\s*<link rel="(?:modulepreload|preload)"[^>]*>/g;
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = [...head.matchAll(LOADS)].map((m) => m[0].trim());
  if (!tags.some((t) => t.startsWith('<script type="module"'))) throw new Error(`${where}: has no module script in <head> to defer`);
  if (!head.includes(START_TAG)) throw new Error(`${where}: does not load ${START_TAG} in <head>, which starts the deferred app`);
  const bad = /<\/script|<!--/i.exec(START_SCRIPT);
  if (bad) throw new Error(`public/start.js: contains "${bad[0]}", which would end its inline <script> early`);
  // The head's comments are for whoever reads index.html in the repository; the body's are Svelte's hydration markers.
  const shipped = head.replace(LOADS, '').replace(/\s*<!--[\s\S]*?-->/g, '').replace(START_TAG, () => `<script>${START_SCRIPT}</script>`);
  return shipped + `\n    <template id="app-start">${tags.join('')}</template>\n  ` + html.slice(html.indexOf('</head>'));
}

/**
 * The first paint from the HTML alone (README "Performance"): the stylesheet's <link> leaves <head>; the rules
 * the prerendered page uses go inline, as a data block (not a <style>: the strict CSP would refuse it; a data
 * block is no script, and the CSP does not apply) that the starter adopts as a stylesheet before the body is
 * parsed; the whole stylesheet becomes the first thing the starter loads with the app (<template id="app-start">,
 * marked data-app-css: main.ts waits for it), and without script a <noscript> loads it.
 */
async function inlineFirstPaintCss(page: string, outDir: string, where: string): Promise<string> {
  const head = page.slice(0, page.indexOf('</head>'));
  const links = [...head.matchAll(/<link rel="stylesheet"[^>]*href="(\.\/[^"]+)"[^>]*>/g)];
  const [link] = links;
  if (links.length !== 1 || !link?.[1]) throw new Error(`${where}: has ${links.length} stylesheets in <head>; the first paint inlines exactly one`);
  const href = link[1];
  const file = join(outDir, href);
  if (!existsSync(file)) throw new Error(`${where}: its stylesheet ${href} is not in the build`);
  const css = await firstPaintCss(page, outDir, readFileSync(file, 'utf8'));
  const bad = inlinable(css);
  if (bad) throw new Error(`${href}: the first paint's rules contain "${bad}", which would end their inline block early`);
  const starter = `<script>${START_SCRIPT}</script>`;
  if (!head.includes(starter)) throw new Error(`${where}: has no inline starter to adopt the first paint's rules`);
  const template = '<template id="app-start">';
  if (!head.includes(template)) throw new Error(`${where}: has no ${template} to load the stylesheet with the app`);
  return page
    .replace(link[0], () => `<noscript>${link[0]}</noscript>`)
    .replace(starter, () => `<script type="text/css" id="first-paint-css" data-href="${esc(href)}">${css}</script>\n    ${starter}`)
    .replace(template, () => template + link[0].replace('<link ', '<link data-app-css '));
}

function withMap(page: string, figure: string, where: string, slot: string): string {
  if (!page.includes(slot)) throw new Error(`${where}: the page has no place for the map`);
  return page.replace(slot, slot.replace('></div>', `>${figure}</div>`));
}

export async function prerenderSite({ root, outDir, server }: PrerenderOptions): Promise<string[]> {
  const r = (await server.ssrLoadModule('/scripts/prerender/render-app.ts')) as typeof Renderers;
  const dataDir = join(root, 'public', 'data');
  const atlas = readJson<Atlas>(join(dataDir, 'atlas.json'));
  const boundaries = r.boundariesFromTopo(readJson<Renderers.Topo>(join(dataDir, 'liaoning.topo.json')));
  // The same file the data build reads (ATLAS_PUBLISH names another for one build).
  const siteUrl = readSiteUrl(process.env.ATLAS_PUBLISH ?? join(root, 'data', 'publish.yaml'));
  for (const z of atlas.zones) if (!ID.test(z.id)) throw new Error(`public/data/atlas.json: zone "${z.id}": id cannot be a folder name`);
  for (const d of atlas.documents) if (!ID.test(d.id)) throw new Error(`public/data/atlas.json: document "${d.id}": id cannot be a folder name`);

  const indexFile = join(outDir, 'index.html');
  const built = readFileSync(indexFile, 'utf8');
  if (!built.includes(APP_ROOT)) throw new Error(`${relPath(root, indexFile)}: has no empty ${APP_ROOT} to prerender into`);
  // The app's stylesheets (the static pages use its colours and type too), as paths from the root.
  const appCss = [...built.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1] ?? '');
  const written: string[] = [];

  const pairs = (path: (l: Lang) => string, from: string): Alternate[] => [
    ...LANGS.map((l) => ({ hreflang: htmlLang(l), href: absolute(siteUrl, path(l), from) })),
    { hreflang: 'x-default', href: absolute(siteUrl, path('zh'), from) },
  ];
  const cssFor = (here: string): string[] => [...appCss, 'pages.css'].map((p) => relative(here, p));
  const interactiveHref = (here: string, lang: Lang, zone?: string): string => {
    const q = new URLSearchParams();
    if (zone) q.set('zone', zone);
    if (lang !== 'zh') q.set('lang', lang);
    const s = q.toString();
    return relative(here, '') + (s ? `?${s}` : '');
  };
  const t = translate;

  // 1. The app's first view, to hydrate.
  // Style attributes are dropped: the strict CSP would refuse them in HTML (style-src 'self'); on hydration
  // Svelte sets them from script (allowed), and the page without script does not need them.
  const first = compactPaths(r.renderApp(atlas, boundaries, '').replace(/ style="[^"]*"/g, ''));
  const DESCRIPTION = /<meta name="description" content="[^"]*" \/>/;
  if (!DESCRIPTION.test(built)) throw new Error(`${relPath(root, indexFile)}: has no <meta name="description"> to write the zone count into`);
  const index = deferApp(built, relPath(root, indexFile))
    .replace(DESCRIPTION, `<meta name="description" content="${esc(t('zh', 'app.description', { count: atlas.zones.length }))}" />`)
    .replace(APP_ROOT, `<div id="app" data-prerendered="">${withoutContext(first)}</div>`)
    .replace('</head>', `  ${seoLinks({ canonical: absolute(siteUrl, '', ''), alternates: pairs(homePath, '') })}\n  </head>`);
  writeFileSync(indexFile, await inlineFirstPaintCss(index, outDir, relPath(root, indexFile)));
  written.push('');

  // 2. Static pages: the English home, every zone in both languages, every document.
  const page = (lang: Lang, here: string, other: string | null, interactive: string, title: string, description: string, alternates: Alternate[], body: string): string =>
    staticPage(
      { lang, title, description, canonical: absolute(siteUrl, here, here), alternates, css: cssFor(here) },
      // No hydration markers: nothing takes these pages over.
      `${r.renderHeader(lang, here, other, interactive)}\n<main id="main">${body}</main>`.replace(/<!--[\s\S]*?-->/g, ''),
    );

  // The map file of each language, from the app's first view in it.
  const maps = {
    zh: mapFile(first, 'zh', 'index.html'),
    en: mapFile(r.renderApp(atlas, boundaries, '?lang=en'), 'en', homePath('en')),
  } satisfies Record<Lang, MapFile>;
  for (const m of Object.values(maps)) writeFileSync(join(outDir, m.path), m.svg);

  // The home page as text in each language: English's is the English home (paired with the app's Chinese
  // one); Chinese's stands beside the app's first view, which it holds in full, for readers no app serves.
  for (const lang of LANGS) {
    const here = textHomePath(lang);
    const body = withMap(r.renderHomePage(atlas, lang, here), mapFigure(maps[lang], here), here, r.MAP_SLOT);
    const other = lang === 'zh' ? textHomePath('en') : homePath('zh');
    const alternates = lang === 'en' ? pairs(homePath, here) : [];
    write(outDir, here, page(lang, here, other, interactiveHref(here, lang), t(lang, 'app.title'), t(lang, 'app.description', { count: atlas.zones.length }), alternates, body));
    written.push(here);
  }

  for (const z of atlas.zones) {
    for (const lang of LANGS) {
      const here = zonePath(lang, z.id);
      const other = zonePath(lang === 'zh' ? 'en' : 'zh', z.id);
      const body = withMap(r.renderZonePage(atlas, z.id, lang, here), mapFigure(maps[lang], here, z), here, r.MAP_SLOT);
      const tier = t(lang, z.tier === 'national' ? 'map.national' : 'map.provincial');
      const city = atlas.cities.find((c) => c.id === z.city)?.name[lang] ?? z.city;
      write(outDir, here, page(lang, here, other, interactiveHref(here, lang, z.id), `${z.name[lang]} · ${t(lang, 'app.title')}`, `${z.name[lang]} · ${tier} · ${city}`, pairs((l) => zonePath(l, z.id), here), body));
      written.push(here);
    }
  }

  for (const d of atlas.documents) {
    const file = join(dataDir, 'docs', `${d.id}.json`);
    if (!existsSync(file)) continue; // a document the atlas lists but does not ship (none today): no page
    const doc = readJson<DocumentText>(file);
    const here = docPath(d.id);
    write(outDir, here, page('zh', here, null, interactiveHref(here, 'zh'), `${d.title.zh} · ${t('zh', 'app.title')}`, d.title.zh, [], r.renderDocPage(atlas, doc, 'zh')));
    written.push(here);
  }

  copyFileSync(join(root, 'scripts', 'prerender', 'pages.css'), join(outDir, 'pages.css'));
  if (siteUrl) write(outDir, 'sitemap.xml', sitemap(siteUrl, written.filter((p) => !p.startsWith('doc/'))));
  return written;
}
