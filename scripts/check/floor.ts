/**
 * The browser-floor check (`npm run floor`, part of `npm test`): the built app outside the WebGL map
 * must run on the floor browsers (floor-targets.ts). Glue around two well-kept tools:
 * - JS: es-check with its ES feature checks against the floor's browserslist query (syntax and
 *   built-ins such as `Array.prototype.at`, `Object.hasOwn`, class static blocks, top-level await).
 * - CSS: doiuse (caniuse data) finds features the floor lacks. Such a feature may stand only where
 *   a floor browser loses nothing: inside `@supports`, or as a declaration after a fallback
 *   declaration of the same property. A few features whose loss is harmless are allowed, each
 *   with its reason (CSS_ALLOWED); color-mix(), which caniuse does not list, is added here.
 * The WebGL map's chunks (MapLibre, its worker and CSS) are skipped: they load only where
 * src/map/webgl.ts has found what MapLibre needs. Classic scripts (public/start.js, and the copy of
 * it the prerender writes inline into the pages) must be plain ES5: they run below the floor too.
 * Usage: tsx scripts/check/floor.ts [dist folder, default dist]
 */
import { readFileSync, readdirSync, statSync, existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss, { type AtRule, type ChildNode, type Declaration, type Node } from 'postcss';
import DoIUse from 'doiuse/lib/DoIUse.js';
import { runChecks } from 'es-check';
import { FLOOR_QUERY } from './floor-targets.ts';

export interface FloorProblem { file: string; reason: string }

/** Classic scripts that must run where nothing newer does (the below-the-floor notice): ES5. */
const ES5_FILES = ['start.js'];

/** The lazy chunk that holds MapLibre (and the map code that runs only with it). */
const GL_CHUNK = 'src/map/gl/GLMap.svelte';

/**
 * Features the floor lacks whose loss costs a floor browser nothing a reader needs; each says why.
 * (A feature only "partially supported" by the floor is not reported: those are years old.)
 */
export const CSS_ALLOWED: Readonly<Record<string, string>> = {
  'css-focus-visible': 'Safari 15.0–15.3 drops the :focus-visible rules and shows its own focus ring instead',
  'css-paged-media': '@page only sets the print page size; without it the browser’s default page is used',
  'css-color-adjust': 'print-color-adjust only keeps backgrounds in print; -webkit-print-color-adjust stands beside it',
  'css3-cursors': 'a cursor on a touch screen (iOS) has no effect',
  'css-resize': 'a resizable text box on iOS is a convenience only',
  'extended-system-fonts': 'ui-monospace is one name in a font list; the next name is used',
  'css-overscroll-behavior': 'Safari before 16 scrolls the page on at the end of a scrolled panel, as on any page',
  'css-media-scripting': 'a browser without (scripting) never shows the notice that a host’s policy blocked the starter; nothing else depends on it',
};

/** Features caniuse does not list (doiuse cannot see them): value pattern and the first versions that have it (MDN). */
const CSS_EXTRA: readonly { id: string; title: string; value: RegExp; since: string }[] = [
  { id: 'css-color-mix', title: 'color-mix()', value: /\bcolor-mix\(/i, since: 'Chrome 111, Firefox 113, Safari 16.2' },
];

// --- JS ---------------------------------------------------------------------------------------

/** JS files (paths) newer than the floor, with es-check's reason. */
export async function checkJsFiles(files: string[]): Promise<FloorProblem[]> {
  if (files.length === 0) return [];
  const result = await runChecks([
    { files, module: true, checkFeatures: true, checkBrowser: true, browserslistQuery: FLOOR_QUERY },
  ]);
  return result.errors.map((e) => ({ file: e.file, reason: e.err?.message ?? String(e.err) }));
}

/** Classic scripts (paths) that are not plain ES5. */
export async function checkEs5Files(files: string[]): Promise<FloorProblem[]> {
  if (files.length === 0) return [];
  const result = await runChecks([{ files, ecmaVersion: 'es5', module: false, checkFeatures: true }]);
  return result.errors.map((e) => ({ file: e.file, reason: `must be ES5 (it runs below the floor): ${e.err?.message ?? String(e.err)}` }));
}

// --- CSS --------------------------------------------------------------------------------------

const insideSupports = (node: Node): boolean => {
  for (let p: Node | undefined = node.parent as Node | undefined; p; p = p.parent as Node | undefined) {
    if (p.type === 'atrule' && (p as AtRule).name.toLowerCase() === 'supports') return true;
  }
  return false;
};

/** An earlier declaration of the same property in the same rule: a floor browser keeps that one. */
const hasFallback = (decl: Declaration): boolean => {
  const siblings: ChildNode[] = decl.parent?.nodes ?? [];
  const at = siblings.indexOf(decl);
  return siblings.slice(0, at).some((n) => n.type === 'decl' && n.prop.toLowerCase() === decl.prop.toLowerCase() && !CSS_EXTRA.some((x) => x.value.test(n.value)));
};

/** A feature at this node is safe when a floor browser loses nothing by not knowing it. */
const guarded = (node: Node): boolean => insideSupports(node) || (node.type === 'decl' && hasFallback(node as Declaration));

const where = (file: string, node: Node): string => {
  const s = node.source?.start;
  const text = node.type === 'rule' ? (node as unknown as { selector: string }).selector : node.toString();
  return `${file}${s ? `:${s.line}:${s.column}` : ''} (${text.slice(0, 80)})`;
};

/** CSS (its text; `file` names it in the messages) that puts a feature newer than the floor where it is not guarded. */
export async function checkCss(file: string, css: string): Promise<FloorProblem[]> {
  const problems: FloorProblem[] = [];
  const doiuse = new DoIUse({
    browsers: FLOOR_QUERY,
    onFeatureUsage: ({ feature, featureData, usage }) => {
      if (!featureData?.missing || feature in CSS_ALLOWED || guarded(usage)) return;
      problems.push({ file: where(file, usage), reason: `${featureData.title} is not supported by ${featureData.missing}: put it inside @supports or give a fallback first` });
    },
  });
  const root = postcss.parse(css, { from: file });
  await postcss([doiuse.postcss]).process(root, { from: file });
  root.walkDecls((decl) => {
    for (const x of CSS_EXTRA) {
      if (x.value.test(decl.value) && !guarded(decl)) {
        problems.push({ file: where(file, decl), reason: `${x.title} (since ${x.since}) is newer than the floor: put it inside @supports or give a fallback first` });
      }
    }
  });
  return problems;
}

// --- the build --------------------------------------------------------------------------------

interface ManifestChunk { file: string; css?: string[]; assets?: string[] }

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** The WebGL map's files (relative to dist), from Vite's manifest. */
function glFiles(dist: string): Set<string> {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run the build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const gl = manifest[GL_CHUNK];
  if (!gl) throw new Error(`${GL_CHUNK} is not in the manifest: the floor check does not know which chunk is MapLibre's`);
  const files = new Set([gl.file, ...(gl.css ?? []), ...(gl.assets ?? [])]);
  // The worker is its own manifest entry (imported with ?url).
  for (const [key, c] of Object.entries(manifest)) if (key.includes('maplibre-gl')) files.add(c.file);
  return files;
}

/** The pages' inline classic scripts (the starter), each as ES5 to check, named by its page. */
async function checkInlineScripts(dist: string, pages: string[]): Promise<FloorProblem[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'floor-inline-'));
  try {
    const names = new Map<string, string>();
    for (const page of pages) {
      const scripts = [...readFileSync(page, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      scripts.forEach((code, i) => {
        const file = join(scratch, `${names.size}.js`);
        writeFileSync(file, code);
        names.set(file, `${relative(dist, page)} (inline script ${i + 1})`);
      });
    }
    return (await checkEs5Files([...names.keys()])).map((p) => ({ ...p, file: names.get(p.file) ?? p.file }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every problem in a built app folder. */
export async function checkFloor(dist: string): Promise<{ problems: FloorProblem[]; js: number; css: number }> {
  const skip = glFiles(dist);
  const files = walk(dist).filter((f) => !skip.has(relative(dist, f)) && !relative(dist, f).startsWith('.vite'));
  const js = files.filter((f) => /\.m?js$/.test(f));
  const css = files.filter((f) => f.endsWith('.css'));
  const es5 = js.filter((f) => ES5_FILES.includes(relative(dist, f)));
  const pages = files.filter((f) => f.endsWith('.html'));
  const problems = [...(await checkJsFiles(js)), ...(await checkEs5Files(es5)), ...(await checkInlineScripts(dist, pages))];
  for (const f of css) problems.push(...(await checkCss(relative(dist, f), readFileSync(f, 'utf8'))));
  return { problems, js: js.length, css: css.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? 'dist';
  const { problems, js, css } = await checkFloor(dist);
  if (problems.length > 0) {
    console.error(`floor: ${problems.length} problem(s) for ${FLOOR_QUERY}:`);
    for (const p of problems) console.error(`  ${p.file}: ${p.reason}`);
    process.exit(1);
  }
  console.log(`floor: ${js} JS and ${css} CSS files in ${dist} (WebGL map chunks apart) run on ${FLOOR_QUERY}`);
}
